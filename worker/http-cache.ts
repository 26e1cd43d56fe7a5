/** @module worker/http-cache: Cache-Control and a weak ETag from the knowledge version (plus language) on successful GETs; 304 on a match. */
import { createMiddleware } from 'hono/factory';
import { knowledge } from './knowledge.ts';

export const knowledgeCache = (maxAge = 300) =>
  createMiddleware<{ Variables: { language: string } }>(async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || c.res.status !== 200) return;
    const lang = new URL(c.req.url).searchParams.get('lang') ?? c.get('language') ?? 'en';
    const etag = `W/"${knowledge().version}-${lang}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', `public, max-age=${maxAge}`);
    c.header('Vary', 'Accept-Language', { append: true });
    const match = c.req.header('If-None-Match');
    if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      c.res = new Response(null, { status: 304, headers: c.res.headers });
    }
  });
