/**
 * @module worker/channels/widget: GET /widget/panel, the chat panel page the loader frames. Served from
 * the built assets with headers that depend on the host: `frame-ancestors` is exactly the host origin the
 * loader gave, and only if it is our own origin or in WIDGET_ALLOWED_ORIGINS. The browser then refuses to
 * show the panel anywhere else, and the panel pins its postMessage target to that same origin.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { problem } from '../problem.ts';
import { PanelQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

/** The panel's own policy: everything from our origin only, framed only by the host. */
export const panelCsp = (host: string) =>
  `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${host}`;

export const widget = new Hono<AppEnv>().get('/widget/panel', validate('query', PanelQuery), async (c) => {
  const { origin } = c.req.valid('query');
  const self = new URL(c.req.url).origin;
  const allowed = c.var.config.WIDGET_ALLOWED_ORIGINS;
  if (origin !== self && allowed !== '*' && !allowed.includes(origin))
    throw problem(403, `${origin} may not embed the widget: ask the operator to add it to WIDGET_ALLOWED_ORIGINS.`);
  const page = await c.env.ASSETS.fetch(new URL('/widget/panel', self));
  if (!page.ok) throw problem(500, 'The widget panel is not built: run npm run widget:build.');
  const headers = new Headers(page.headers);
  headers.set('Content-Security-Policy', panelCsp(origin));
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Cache-Control', 'no-cache');
  headers.set('Vary', 'Accept-Encoding');
  return new Response(page.body, { status: 200, headers });
});
