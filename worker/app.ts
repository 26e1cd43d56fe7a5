/** @module worker/app: the HTTP surface at a glance: middleware in order, one sub-app per channel, one error path. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { languageDetector } from 'hono/language';
import { LANGS } from '../knowledge/schema.ts';
import { api } from './channels/api.ts';
import { chat } from './channels/chat.ts';
import { handout } from './channels/handout.ts';
import { limitBody, lookup } from './channels/lookup.ts';
import { widget } from './channels/widget.ts';
import { teams } from './channels/teams.ts';
import { config, type AppEnv } from './env.ts';
import { knowledgeCache } from './http-cache.ts';
import { docsPage } from './docs.ts';
import { knowledge } from './knowledge.ts';
import { openApiDocument } from './openapi.ts';
import { problem, renderError } from './problem.ts';
import { clientBucket, rateLimit } from './rate-limits.ts';

const RATE_LIMIT_HEADERS = ['RateLimit', 'RateLimit-Policy', 'Retry-After'];

export const app = new Hono<AppEnv>()
  .use(async (c, next) => {
    c.set('config', config(c.env)); // parsed once per isolate; a broken configuration fails loudly
    await next();
  })
  .use(
    languageDetector({
      supportedLanguages: [...LANGS],
      fallbackLanguage: 'en',
      order: ['querystring', 'header'],
      lookupQueryString: 'lang',
      caches: false,
      convertDetectedLanguage: (tag) => tag.split('-')[0]!.toLowerCase(),
    }),
  )
  // Lookup: any origin may call it with a key (no cookies, so no credentials mode); it answers its own preflight.
  .use('/api/v1/lookup', cors({ origin: '*', allowMethods: ['POST', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type'], exposeHeaders: RATE_LIMIT_HEADERS, maxAge: 600 }))
  .use('/api/v1/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', ...RATE_LIMIT_HEADERS] }))
  .on(['GET', 'HEAD'], ['/api/v1/*', '/api/docs'], rateLimit('read', clientBucket))
  .post('/api/v1/chat', rateLimit('chat', clientBucket), limitBody())
  .use('/api/v1/*', knowledgeCache())
  .get('/healthz', (c) => {
    const kb = knowledge();
    return c.json({ status: 'ok' as const, knowledge: kb.version, needs: kb.needs.size, services: kb.services.size });
  })
  .get('/api/v1/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)))
  .get('/api/docs', (c) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(docsPage(() => openApiDocument(new URL(c.req.url).origin)));
  })
  .route('/api/v1', api)
  .route('/api/v1', chat)
  .route('/', handout)
  .route('/api/v1', lookup)
  .route('/', widget)
  .route('/', teams)
  .notFound((c) => problem(404, `No route for ${c.req.method} ${c.req.path}. The API is described at /api/v1/openapi.json.`).getResponse())
  .onError(renderError);
