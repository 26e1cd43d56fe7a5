import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const TSV = '../shared/spec/needs.tsv';

describe('the needs catalogue', () => {
  it.runIf(existsSync(TSV))('knowledge/catalogue.txt holds exactly the ids of the shared catalogue', () => {
    const shared = readFileSync(TSV, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
    expect(readFileSync('knowledge/catalogue.txt', 'utf8').split('\n').filter(Boolean)).toEqual(shared);
  });

  it.runIf(existsSync(TSV))('every catalogue need keeps its domain', () => {
    const domains = new Map(readFileSync(TSV, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2) as [string, string]));
    for (const file of readdirSync('knowledge/needs')) {
      const need = parse(readFileSync(`knowledge/needs/${file}`, 'utf8')) as { id: string; domain: string };
      if (domains.has(need.id)) expect(`${need.id}: ${need.domain}`).toBe(`${need.id}: ${domains.get(need.id)}`);
    }
  });
});
