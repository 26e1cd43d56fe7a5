/**
 * @module worker/channels/handout: GET /handout, a print-friendly page of a referral plan in nl, fr or en,
 * built from its parameters alone (nothing is stored); the plan block of the conversation links to it.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { copy, costText, parseHandoutItem, serviceView, type Lang, type ServiceView } from '../../bot/index.ts';
import { knowledge } from '../knowledge.ts';
import { problem } from '../problem.ts';
import { HandoutQuery } from '../schemas.ts';
import { validate } from '../validate.ts';
import type { AppEnv } from '../env.ts';

const CSS = `
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1a1a1a}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}p{margin:.25rem 0}dl{margin:.25rem 0;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem}
dt{font-weight:600}dd{margin:0}a{color:#0645ad}.check{border-left:4px solid #b45309;background:#fff7ed;padding:.25rem .75rem;margin:.5rem 0}
.meta,footer{color:#444;font-size:.875rem}footer{margin-top:2.5rem;border-top:1px solid #999;padding-top:.5rem}
@media print{body{margin:0;max-width:none}a{color:inherit}.noprint{display:none}h2{break-after:avoid}section{break-inside:avoid}}`;

/** Our pages run no script and load nothing from elsewhere. */
const CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function serviceSection(s: ServiceView, lang: Lang) {
  const t = copy(lang).handout;
  const { phone, email, url } = s.contact;
  return html`<section>
<h3>${s.name}</h3>${s.organization.name !== s.name ? html`<p class="meta">${s.organization.name}</p>` : ''}
<p>${s.description}</p>
<dl>
<dt>${t.how}</dt><dd>${s.referral.how}</dd>
${phone ? html`<dt>${t.phone}</dt><dd><a href="tel:${phone.replace(/[^+\d]/g, '')}">${phone}</a></dd>` : ''}
${email ? html`<dt>${t.email}</dt><dd><a href="mailto:${email}">${email}</a></dd>` : ''}
${url ? html`<dt>${t.web}</dt><dd><a href="${url}">${url.replace(/^https:\/\//, '')}</a></dd>` : ''}
<dt>${t.cost}</dt><dd>${costText(s.cost, lang)}</dd>
</dl>
${s.checkBeforeReferring ? html`<div class="check"><p>${t.check}</p><ul>${s.checks.map((c) => html`<li>${c.note}</li>`)}</ul></div>` : ''}
<p class="meta">${t.checked} ${s.source.checked} · ${t.source}: ${s.source.url}</p>
</section>`;
}

export const handout = new Hono<AppEnv>()
  .get('/handout.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }))
  .get('/handout', validate('query', HandoutQuery), (c) => {
    const { lang, item } = c.req.valid('query');
    const kb = knowledge();
    const plan = item.map((i) => parseHandoutItem(i)!);
    const unknown = plan.flatMap((p) => [...(kb.needs.has(p.needId) ? [] : [p.needId]), ...p.serviceIds.filter((id) => !kb.services.has(id))]);
    if (unknown.length) throw problem(404, `Unknown id(s) in the handout link: ${unknown.join(', ')}. The knowledge base may have changed: make the plan again.`);
    const t = copy(lang).handout;
    const page = html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title><link rel="stylesheet" href="/handout.css"></head>
<body><main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${plan.map((p) => {
  const need = kb.needs.get(p.needId)!;
  return html`<h2>${need.title[lang]}</h2>${p.serviceIds.map((id) => serviceSection(serviceView(kb, kb.services.get(id)!, lang), lang))}`;
})}
</main>
<footer><p>${t.footer}</p><p class="noprint">${t.print}</p><p class="meta">${kb.version}</p></footer>
</body></html>`;
    c.header('content-security-policy', CSP);
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'public, max-age=300');
    return c.html(page);
  });
