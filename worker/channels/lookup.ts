/** @module worker/channels/lookup: POST /api/v1/lookup, the one-shot lookup for other tools (API key, rate limited per key). */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { lookupNeeds, lookupText, placeForPostalCode, summarize, type Context } from '../../bot/index.ts';
import { requireApiKey } from '../api-keys.ts';
import type { AppEnv } from '../env.ts';
import { knowledge } from '../knowledge.ts';
import { problem } from '../problem.ts';
import { rateLimit } from '../rate-limits.ts';
import { LookupRequest, MAX_BODY_BYTES } from '../schemas.ts';
import { validate } from '../validate.ts';

/** hono's body limit answering with our problem+json. */
export const limitBody = () =>
  bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw problem(413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KB; send less.`); } });

export const lookup = new Hono<AppEnv>().post(
  '/lookup',
  requireApiKey(),
  rateLimit('lookup', (c) => c.get('apiKey')!),
  limitBody(),
  validate('json', LookupRequest),
  (c) => {
    const body = c.req.valid('json');
    const kb = knowledge();
    const unknown = (body.needIds ?? []).filter((id) => !kb.needs.has(id));
    if (unknown.length) {
      throw problem(400, `field "needIds": unknown need id(s) ${unknown.join(', ')}; GET /api/v1/needs lists the ids.`, {
        errors: unknown.map((id) => ({ name: `needIds.${body.needIds!.indexOf(id)}`, reason: `unknown need id "${id}"` })),
      });
    }
    const place = body.postalCode ? placeForPostalCode(body.postalCode) : body.region && { region: body.region };
    const ctx: Context = { lang: body.lang, ...(place && { place }), ...(body.audience && { audience: body.audience }) };
    const answer = body.needIds ? lookupNeeds(kb, body.needIds, ctx, body.limit) : lookupText(kb, body.text!, ctx, body.limit);
    return c.json({ ...answer, summary: summarize(answer, { ...ctx, ...(body.postalCode && { postalCode: body.postalCode }) }) });
  },
);
