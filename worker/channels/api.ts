/** @module worker/channels/api: the public read API (/api/v1): search, needs, services. */
import { Hono } from 'hono';
import type { Context as BotContext, Lang, Place } from '../../bot/index.ts';
import { answerNeed, answerSearch, needView, placeForPostalCode, rankServices, serviceView } from '../../bot/index.ts';
import { knowledge } from '../knowledge.ts';
import { problem } from '../problem.ts';
import { IdParam, LangQuery, NeedListQuery, NeedQuery, SearchQuery, ServiceListQuery } from '../schemas.ts';
import { validate } from '../validate.ts';
import type { AppEnv } from '../env.ts';

/** The place asked for: a postal code says more (province, German-speaking) than a region. */
function placeOf(q: { region?: Place['region'] | undefined; postalCode?: string | undefined }): Place | undefined {
  if (q.postalCode) return placeForPostalCode(q.postalCode);
  return q.region ? { region: q.region } : undefined;
}

type ContextQuery = { lang?: Lang | undefined; region?: Place['region'] | undefined; postalCode?: string | undefined; audience?: BotContext['audience'] };

function contextOf(q: ContextQuery, detected: string): BotContext {
  const place = placeOf(q);
  return { lang: q.lang ?? (detected as Lang), ...(place && { place }), ...(q.audience && { audience: q.audience }) };
}

const notFound = (kind: 'need' | 'service', id: string) =>
  problem(404, `No ${kind} with id "${id}". GET /api/v1/${kind}s lists the ids.`);

export const api = new Hono<AppEnv>()
  .get('/search', validate('query', SearchQuery), (c) => {
    const q = c.req.valid('query');
    return c.json(answerSearch(knowledge(), q.q, contextOf(q, c.get('language')), q.limit));
  })
  .get('/needs', validate('query', NeedListQuery), (c) => {
    const q = c.req.valid('query');
    const kb = knowledge();
    const lang = q.lang ?? (c.get('language') as Lang);
    const needs = [...kb.needs.values()]
      .filter((n) => (!q.domain || n.domain === q.domain) && (!q.audience || n.audiences.includes(q.audience)))
      .map((n) => needView(kb, n, lang));
    return c.json({ needs });
  })
  .get('/needs/:id', validate('param', IdParam), validate('query', NeedQuery), (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const answer = answerNeed(knowledge(), id, contextOf(q, c.get('language')), q.limit);
    if (!answer) throw notFound('need', id);
    return c.json(answer);
  })
  .get('/services', validate('query', ServiceListQuery), (c) => {
    const q = c.req.valid('query');
    const kb = knowledge();
    const ctx = contextOf(q, c.get('language'));
    if (q.need && !kb.needs.has(q.need)) throw notFound('need', q.need);
    const pool = q.need ? kb.servicesByNeed.get(q.need) ?? [] : kb.services.values();
    const ranked = rankServices(pool, q.need ? [q.need] : [], ctx, Number.POSITIVE_INFINITY);
    return c.json({ services: ranked.map((r) => serviceView(kb, r.service, ctx.lang, r)) });
  })
  .get('/services/:id', validate('param', IdParam), validate('query', LangQuery), (c) => {
    const { id } = c.req.valid('param');
    const kb = knowledge();
    const service = kb.services.get(id);
    if (!service) throw notFound('service', id);
    return c.json({ service: serviceView(kb, service, c.req.valid('query').lang ?? (c.get('language') as Lang)) });
  });
