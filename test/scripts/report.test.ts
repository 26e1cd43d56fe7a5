import { describe, expect, it } from 'vitest';
import { areaShares, coverage } from '../../scripts/coverage.ts';
import { report, stale, thin } from '../../scripts/knowledge-report.ts';
import { loadKnowledge, readCatalogue } from '../../scripts/load-knowledge.ts';

const kb = loadKnowledge('knowledge', readCatalogue('knowledge'));

describe('knowledge coverage and the curator report', () => {
  it('at least 90% of the needs have a service offered in each region', () => {
    const shares = areaShares(coverage(kb));
    for (const region of ['BE-VLG', 'BE-WAL', 'BE-BRU']) expect(`${region} ${shares[region]! >= 0.9}`).toBe(`${region} true`);
  });

  it('every need has a service and guidance, in nl, fr and en', () => {
    for (const row of coverage(kb)) expect(`${row.need.id} ${row.services > 0 && row.guidance > 0}`).toBe(`${row.need.id} true`);
  });

  it('flags entries not checked for over 12 months', () => {
    expect(stale(kb, '2026-11-21')).toEqual([]);
    const later = stale(kb, '2028-01-01');
    expect(later.length).toBe(kb.services.length + kb.organizations.length + kb.guidance.length);
  });

  it('names thin coverage by area and audience', () => {
    const row = coverage(kb)[0]!;
    const emptied = { ...row, services: 1, byArea: { ...row.byArea, 'BE-BRU': 0 }, byAudience: { relative: 0 } };
    expect(thin(emptied)).toEqual(['no service in BE-BRU', 'no service for relative', 'only one service']);
  });

  it('writes every need, every flagged fact and the region shares into the report', () => {
    const text = report(kb, '2026-11-21');
    for (const need of kb.needs) expect(text).toContain(`| ${need.id} |`);
    const flagged = kb.services.reduce((n, s) => n + (s.checks?.length ?? 0), 0) + kb.guidance.reduce((n, g) => n + (g.checks?.length ?? 0), 0);
    expect(text).toContain(`## Flagged facts: "check before referring" (${flagged})`);
    expect(text).toMatch(/\| BE-WAL \| \d+(\.\d)?% \(\d+\/115\) \|/);
  });
});
