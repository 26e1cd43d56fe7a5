/**
 * @module scripts/knowledge-report: writes knowledge/dist/report.md for content editors: coverage per need x
 * region x audience, thin coverage, entries not checked for over 12 months, and every flagged fact.
 * Usage: npm run knowledge:report [-- --today YYYY-MM-DD]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { AUDIENCES, DOMAINS } from '../knowledge/schema.ts';
import { AREAS, areaShares, coverage, type NeedCoverage } from './coverage.ts';
import { loadKnowledge, readCatalogue, type Knowledge } from './load-knowledge.ts';

const OUT = 'knowledge/dist/report.md';

/** Needs whose coverage is thin: no service in an area, or none for an audience the need concerns. */
export function thin(row: NeedCoverage): string[] {
  const gaps = AREAS.filter((a) => row.byArea[a.key] === 0).map((a) => `no service in ${a.label}`);
  for (const [aud, n] of Object.entries(row.byAudience)) if (n === 0) gaps.push(`no service for ${aud}`);
  if (row.services === 1) gaps.push('only one service');
  return gaps;
}

/** Entries whose checked / reviewed date is more than `months` before `today`. */
export function stale(kb: Knowledge, today: string, months = 12): { kind: string; id: string; date: string }[] {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  const cutoff = limit.toISOString().slice(0, 10);
  return [
    ...kb.services.map((s) => ({ kind: 'service', id: s.id, date: s.source.checked })),
    ...kb.organizations.map((o) => ({ kind: 'organization', id: o.id, date: o.source.checked })),
    ...kb.guidance.map((g) => ({ kind: 'guidance', id: g.id, date: g.reviewed })),
  ].filter((e) => e.date < cutoff);
}

const cell = (n: number | undefined) => (n === undefined ? '' : n === 0 ? '**0**' : String(n));

export function report(kb: Knowledge, today: string): string {
  const rows = coverage(kb);
  const shares = areaShares(rows);
  const flagged = [...kb.services.map((s) => ['service', s] as const), ...kb.guidance.map((g) => ['guidance', g] as const)].flatMap(([kind, e]) =>
    (e.checks ?? []).map((c) => `| ${kind} | ${e.id} | ${c.field} | ${c.note.en.replace(/\|/g, '/')} | ${c.source ?? ''} |`),
  );
  const old = stale(kb, today);
  const thinRows = rows.map((r) => [r, thin(r)] as const).filter(([, gaps]) => gaps.length);
  const lines = [
    `# Knowledge report (${today})`,
    '',
    `${kb.needs.length} needs, ${kb.services.length} services, ${kb.guidance.length} guidance entries, ${kb.organizations.length} organizations.`,
    '',
    '## Needs with at least one service, per area',
    '',
    '| area | needs covered |',
    '|---|---|',
    ...AREAS.map((a) => `| ${a.label} | ${Math.round(shares[a.key]! * 1000) / 10}% (${rows.filter((r) => r.byArea[a.key]! > 0).length}/${rows.length}) |`),
    '',
    '## Coverage per need (services offered per area and per audience the need concerns)',
    '',
    `| need | all | ${AREAS.map((a) => a.label).join(' | ')} | ${AUDIENCES.join(' | ')} | guidance |`,
    `|---|---|${AREAS.map(() => '---').join('|')}|${AUDIENCES.map(() => '---').join('|')}|---|`,
    ...DOMAINS.flatMap((d) =>
      rows
        .filter((r) => r.need.domain === d)
        .map((r) => `| ${r.need.id} | ${cell(r.services)} | ${AREAS.map((a) => cell(r.byArea[a.key])).join(' | ')} | ${AUDIENCES.map((aud) => cell(r.byAudience[aud])).join(' | ')} | ${cell(r.guidance)} |`),
    ),
    '',
    `## Thin coverage (${thinRows.length} needs): what to add next`,
    '',
    ...thinRows.map(([r, gaps]) => `- **${r.need.id}** (${r.need.title.en}): ${gaps.join('; ')}`),
    '',
    `## Not checked for over 12 months (${old.length})`,
    '',
    ...(old.length ? old.map((e) => `- ${e.kind} ${e.id}: last checked ${e.date}`) : ['None.']),
    '',
    `## Flagged facts: "check before referring" (${flagged.length})`,
    '',
    '| kind | entry | field | note | source |',
    '|---|---|---|---|---|',
    ...flagged,
    '',
  ];
  return lines.join('\n');
}

function main(argv: string[]): number {
  const today = argv.includes('--today') ? argv[argv.indexOf('--today') + 1]! : new Date().toISOString().slice(0, 10);
  const kb = loadKnowledge('knowledge', readCatalogue('knowledge'));
  mkdirSync('knowledge/dist', { recursive: true });
  const text = report(kb, today);
  writeFileSync(OUT, text);
  const shares = areaShares(coverage(kb));
  console.log(`knowledge report -> ${OUT}\n  needs covered: ${AREAS.map((a) => `${a.label} ${(shares[a.key]! * 100).toFixed(1)}%`).join(', ')}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
