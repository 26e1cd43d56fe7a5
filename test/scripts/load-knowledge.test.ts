import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../scripts/load-knowledge.ts';

/** A small valid knowledge base copied from the real entries, then broken one way per test. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-'));
  for (const [folder, file] of [['needs', 'med.fatigue'], ['services', 'kankerinfo'], ['organizations', 'stichting-tegen-kanker'], ['guidance', 'guide-fatigue']] as const)
    cpSync(`knowledge/${folder}/${file}.yaml`, join(root, folder, `${file}.yaml`), { recursive: true });
  // kankerinfo refers to other needs: keep only the one this small base has.
  const service = join(root, 'services/kankerinfo.yaml');
  writeFileSync(service, readFileSync(service, 'utf8').replace(/^needs: .*$/m, 'needs: [med.fatigue]'));
  const need = join(root, 'needs/med.fatigue.yaml');
  writeFileSync(need, readFileSync(need, 'utf8').replace(/^related: .*$/m, ''));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (rel: string, from: RegExp, to: string) => {
  const path = join(root, rel);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
};

function problemsOf(catalogue: string[] = ['med.fatigue']) {
  try {
    loadKnowledge(root, catalogue);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return (err as KnowledgeError).problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf('kb-')).replace(/^kb-[^/]+\//, '') }));
  }
  return [];
}

describe('the knowledge build refuses broken content, naming file and field', () => {
  it('accepts the valid base', () => {
    expect(problemsOf()).toEqual([]);
  });

  it('a missing translation', () => {
    edit('needs/med.fatigue.yaml', /^ {2}fr: Fatigue\n/m, '');
    expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'needs/med.fatigue.yaml', field: 'title.fr' }));
  });

  it('too few synonyms', () => {
    edit('needs/med.fatigue.yaml', /^ {2}en: \[tired.*$/m, '  en: [tired, exhausted]');
    expect(problemsOf()).toContainEqual({ file: 'needs/med.fatigue.yaml', field: 'synonyms.en', message: 'at least 8 synonyms per language' });
  });

  it('a broken need reference', () => {
    edit('services/kankerinfo.yaml', /^needs: .*$/m, 'needs: [med.fatigue, med.tiredness]');
    expect(problemsOf()).toContainEqual({ file: 'services/kankerinfo.yaml', field: 'needs.1', message: 'unknown need "med.tiredness"' });
  });

  it('a service with no need', () => {
    edit('services/kankerinfo.yaml', /^needs: .*$/m, 'needs: []');
    expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'services/kankerinfo.yaml', field: 'needs', message: 'a service meets at least one need' }));
  });

  it('an unknown organization', () => {
    edit('services/kankerinfo.yaml', /^organization: .*$/m, 'organization: nobody');
    expect(problemsOf()).toContainEqual({ file: 'services/kankerinfo.yaml', field: 'organization', message: 'unknown organization "nobody"' });
  });

  it('a checked date that is not a date', () => {
    edit('services/kankerinfo.yaml', /checked: 2026-11-21/, 'checked: last week');
    expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'services/kankerinfo.yaml', field: 'source.checked' }));
  });

  it('an amount without its year', () => {
    edit('services/kankerinfo.yaml', /^cost:\n {2}kind: free$/m, 'cost:\n  kind: copay\n  amount: 11');
    expect(problemsOf()).toContainEqual({ file: 'services/kankerinfo.yaml', field: 'cost.year', message: 'an amount says the year it applies to' });
  });

  it('invalid YAML', () => {
    writeFileSync(join(root, 'guidance/guide-fatigue.yaml'), 'id: guide-fatigue\ntitle: [unclosed\n');
    expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'guidance/guide-fatigue.yaml', field: '(yaml)' }));
  });

  it('an id that does not match the file name', () => {
    edit('guidance/guide-fatigue.yaml', /^id: guide-fatigue$/m, 'id: guide-tired');
    expect(problemsOf()).toContainEqual({ file: 'guidance/guide-fatigue.yaml', field: 'id', message: 'id "guide-tired" must match the file name' });
  });

  it('a need that no guidance covers', () => {
    rmSync(join(root, 'guidance/guide-fatigue.yaml'));
    expect(problemsOf()).toContainEqual({ file: 'needs/med.fatigue.yaml', field: '(file)', message: 'no guidance covers need "med.fatigue"' });
  });

  it('a need that no service meets', () => {
    rmSync(join(root, 'services/kankerinfo.yaml'));
    expect(problemsOf()).toContainEqual({ file: 'needs/med.fatigue.yaml', field: '(file)', message: 'no service meets need "med.fatigue"' });
  });

  it('a catalogue need without a file', () => {
    expect(problemsOf(['med.fatigue', 'med.pain'])).toContainEqual({ file: 'needs/med.pain.yaml', field: '(file)', message: 'catalogue need "med.pain" is missing' });
  });
});
