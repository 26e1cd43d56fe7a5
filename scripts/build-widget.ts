/**
 * @module scripts/build-widget: bundles the widget's browser code (worker/widget) with esbuild into
 * worker/widget/dist, which wrangler serves as static assets, and enforces the size budgets:
 * the loader <= 8 KB gzip, everything loaded when the chat opens <= 40 KB gzip. Fails when one is exceeded.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SRC = 'worker/widget';
const OUT = 'worker/widget/dist';
export const BUDGETS = { loader: 8 * 1024, open: 40 * 1024 };

/** Static headers for the assets (the panel page's headers are set by the worker: they depend on the host). */
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const HEADERS = `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
/
  Content-Security-Policy: ${PAGE_CSP}
/embed
  Content-Security-Policy: ${PAGE_CSP}
/widget.js
  Cross-Origin-Resource-Policy: cross-origin
  Cache-Control: public, max-age=300
`;

const gz = (file: string) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;

export interface Sizes {
  loader: number;
  panel: { html: number; js: number; css: number };
  open: number;
}

export async function buildWidget(): Promise<Sizes> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'widget'), { recursive: true });
  const common = { bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'none', logLevel: 'warning' } as const;
  await build({ ...common, entryPoints: [`${SRC}/loader/index.ts`], outfile: join(OUT, 'widget.js') });
  await build({ ...common, entryPoints: [`${SRC}/panel/index.ts`], outfile: join(OUT, 'widget/panel.js') });
  await build({ entryPoints: [`${SRC}/panel/panel.css`], outfile: join(OUT, 'widget/panel.css'), minify: true, logLevel: 'warning' });
  copyFileSync(`${SRC}/panel/panel.html`, join(OUT, 'widget/panel.html'));
  for (const f of ['index.html', 'embed.html', 'site.css', 'demo.js', 'favicon.svg']) copyFileSync(join(SRC, 'site', f), join(OUT, f));
  writeFileSync(join(OUT, '_headers'), HEADERS);
  return measure();
}

/** Gzip sizes of a built widget: the loader, and what opening the chat loads (loader + panel page, script, styles). */
export function measure(): Sizes {
  const panel = { html: gz('widget/panel.html'), js: gz('widget/panel.js'), css: gz('widget/panel.css') };
  return { loader: gz('widget.js'), panel, open: gz('widget.js') + panel.html + panel.js + panel.css };
}

/** The budget problems of a build, empty when it fits. */
export function overBudget(s: Sizes): string[] {
  const problems: string[] = [];
  if (s.loader > BUDGETS.loader) problems.push(`loader widget.js is ${s.loader} B gzip, over the ${BUDGETS.loader} B budget`);
  if (s.open > BUDGETS.open) problems.push(`everything loaded on open is ${s.open} B gzip, over the ${BUDGETS.open} B budget`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await buildWidget();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`widget: loader ${kb(sizes.loader)} gzip (budget ${kb(BUDGETS.loader)}); on open ${kb(sizes.open)} gzip (panel html ${kb(sizes.panel.html)}, js ${kb(sizes.panel.js)}, css ${kb(sizes.panel.css)}; budget ${kb(BUDGETS.open)})`);
  const problems = overBudget(sizes);
  if (problems.length) {
    console.error(`build-widget: size budget exceeded:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
