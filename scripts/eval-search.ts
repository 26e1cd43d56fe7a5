/**
 * @module scripts/eval-search: runs a JSONL query file ({"lang","q","expect":[need ids]} per line)
 * against the built search and prints top-1 / top-3 hit rates per language and every miss.
 * Usage: npm run eval -- FILE.jsonl [FILE2.jsonl ...]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BUNDLE_JSON, INDEX_JSON } from '../knowledge/dist/knowledge.js';
import { loadKnowledgeBase } from '../bot/knowledge.ts';
import { search } from '../bot/search.ts';
import { Lang } from '../knowledge/schema.ts';

const Line = z.object({ lang: Lang, q: z.string().min(1), expect: z.array(z.string()).min(1) });
type Line = z.infer<typeof Line>;

export interface EvalReport {
  perLang: Record<string, { n: number; top1: number; top3: number }>;
  misses: { line: Line; got: string[] }[];
}

/** Evaluates lines against the search; a line hits top-k when one of its expected needs is in the first k. */
export function evaluate(lines: Line[]): EvalReport {
  const kb = loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON);
  const report: EvalReport = { perLang: {}, misses: [] };
  for (const line of lines) {
    const got = search(kb, line.q, line.lang, 3).needs.map((h) => h.id);
    const stats = (report.perLang[line.lang] ??= { n: 0, top1: 0, top3: 0 });
    stats.n++;
    if (got[0] && line.expect.includes(got[0])) stats.top1++;
    if (got.some((id) => line.expect.includes(id))) stats.top3++;
    else report.misses.push({ line, got });
  }
  return report;
}

export function readLines(file: string): Line[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l && !l.startsWith('//'))
    .map(([l, n]) => {
      const parsed = Line.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`eval: ${file}:${n}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

function main(files: string[]): number {
  if (!files.length) {
    console.error('eval: usage: npm run eval -- FILE.jsonl [...]');
    return 2;
  }
  const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`.padStart(6);
  for (const file of files) {
    const { perLang, misses } = evaluate(readLines(file));
    console.log(`\n${file}`);
    for (const m of misses) console.log(`  miss [${m.line.lang}] "${m.line.q}" expected ${m.line.expect.join('|')} got ${m.got.join(', ') || '(nothing)'}`);
    let n = 0, t1 = 0, t3 = 0;
    for (const [lang, s] of Object.entries(perLang).sort()) {
      console.log(`  ${lang}: n=${String(s.n).padStart(3)}  top-1 ${pct(s.top1, s.n)}  top-3 ${pct(s.top3, s.n)}`);
      n += s.n; t1 += s.top1; t3 += s.top3;
    }
    console.log(`  all: n=${String(n).padStart(3)}  top-1 ${pct(t1, n)}  top-3 ${pct(t3, n)}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
