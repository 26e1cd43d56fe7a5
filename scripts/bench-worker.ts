/** @module scripts/bench-worker: a worker used only by `npm run bench` to time index load and search inside workerd (not deployed). */
import { BUNDLE_JSON, INDEX_JSON } from '../knowledge/dist/knowledge.js';
import { loadKnowledgeBase } from '../bot/knowledge.ts';
import { search } from '../bot/search.ts';
import type { Lang } from '../knowledge/schema.ts';

// workerd's clock moves in coarse steps and not at all without I/O in production: time batches, not single calls.
export default {
  async fetch(request: Request): Promise<Response> {
    const { queries, repeats } = (await request.json()) as { queries: { q: string; lang: Lang }[]; repeats: number };
    let t = Date.now();
    const loads = 20;
    let kb = loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON);
    for (let i = 1; i < loads; i++) kb = loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON);
    const loadMs = (Date.now() - t) / loads;
    const perQuery: number[] = [];
    for (const { q, lang } of queries) {
      t = Date.now();
      for (let i = 0; i < repeats; i++) search(kb, q, lang, 5);
      perQuery.push((Date.now() - t) / repeats);
    }
    return Response.json({ loadMs, perQuery });
  },
};
