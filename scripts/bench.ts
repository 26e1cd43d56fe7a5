/**
 * @module scripts/bench: index load time, index size (raw, gzip), search latency p50/p99 over a few hundred
 * mixed queries in Node and inside workerd, and the worker upload size (wrangler deploy --dry-run).
 * Figures, not pass/fail: reruns vary by about 20% on a 2-core machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUNDLE_JSON, INDEX_JSON } from '../knowledge/dist/knowledge.js';
import { loadKnowledgeBase } from '../bot/knowledge.ts';
import { search } from '../bot/search.ts';
import type { Lang } from '../knowledge/schema.ts';
import { readLines } from './eval-search.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

/** A few hundred mixed queries: the query files, plus each query without accents, with a typo, and half-typed. */
function mixedQueries(): { q: string; lang: Lang }[] {
  const files = ['test/fixtures/queries.jsonl', '../shared/eval/queries.sample.jsonl'].filter(existsSync);
  const base = files.flatMap(readLines).map(({ q, lang }) => ({ q, lang }));
  const variants = base.flatMap(({ q, lang }, i) => {
    const plain = q.normalize('NFD').replace(/\p{M}/gu, '');
    const typo = q.length > 6 ? q.slice(0, 3) + q[4] + q[3] + q.slice(5) : q;
    const half = q.slice(0, Math.max(3, Math.ceil(q.length * 0.6)));
    return [[plain, typo, half][i % 3]!].map((v) => ({ q: v, lang }));
  });
  return [...base, ...variants];
}

function benchNode(queries: { q: string; lang: Lang }[]) {
  const loads: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON);
    loads.push(performance.now() - t);
  }
  const kb = loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON);
  for (const { q, lang } of queries) search(kb, q, lang); // warm up
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const { q, lang } of queries) {
      const t = performance.now();
      search(kb, q, lang);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  loads.sort((a, b) => a - b);
  return { loadFirst: loads[0]!, loadMedian: percentile(loads, 50), p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

async function benchWorkerd(queries: { q: string; lang: Lang }[]) {
  const port = 8790 + Math.floor(Math.random() * 100);
  const dev = spawn('npx', ['wrangler', 'dev', '--config', 'scripts/bench.wrangler.toml', '--port', String(port), '--ip', '127.0.0.1', '--log-level', 'error'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // If the bench itself is stopped (Ctrl-C, `timeout`), take wrangler and workerd down with it.
  const stop = () => {
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const onSignal = () => {
    stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; ; i++) {
      if (i > 120) throw new Error('bench: wrangler dev did not start within 60 s');
      await new Promise((r) => setTimeout(r, 500));
      try {
        await fetch(url, { method: 'HEAD' });
        break;
      } catch {
        /* not up yet */
      }
    }
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ queries, repeats: 100 }) });
    const { loadMs, perQuery } = (await res.json()) as { loadMs: number; perQuery: number[] };
    perQuery.sort((a, b) => a - b);
    return { loadMs, p50: percentile(perQuery, 50), p99: percentile(perQuery, 99), mean: perQuery.reduce((a, b) => a + b, 0) / perQuery.length };
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    stop();
  }
}

function uploadSize(): string {
  const out = execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', '.wrangler/bench-dist'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.match(/Total Upload: .*/)?.[0] ?? '(wrangler did not print the upload size)';
}

async function main() {
  const queries = mixedQueries();
  const gz = (s: string) => gzipSync(s).length / 1024;
  console.log(`index: ${(Buffer.byteLength(INDEX_JSON) / 1024).toFixed(0)} KiB raw, ${gz(INDEX_JSON).toFixed(0)} KiB gzip; entries: ${(Buffer.byteLength(BUNDLE_JSON) / 1024).toFixed(0)} KiB raw, ${gz(BUNDLE_JSON).toFixed(0)} KiB gzip`);
  const node = benchNode(queries);
  console.log(`node:    load (parse + loadJS) first ${fmt(node.loadFirst)}, median ${fmt(node.loadMedian)}; search p50 ${fmt(node.p50)}, p99 ${fmt(node.p99)} over ${node.n} warm searches (${queries.length} queries x 5)`);
  const wd = await benchWorkerd(queries);
  console.log(`workerd: load ${fmt(wd.loadMs)} (mean of 20); search per query (mean of 100 repeats each): p50 ${fmt(wd.p50)}, p99 ${fmt(wd.p99)}, mean ${fmt(wd.mean)} over ${queries.length} queries`);
  console.log(`worker upload: ${uploadSize()}`);
}

await main();
