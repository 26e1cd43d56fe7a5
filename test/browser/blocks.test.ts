/**
 * Every reply block rendered by the panel's renderer (worker/widget/panel/render.ts, bundled with esbuild)
 * in Chromium with the panel's stylesheet: escaping, link rules, buttons sending the right actions,
 * copy and handout, and axe-core on the lot.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/worker.ts';
import { BLOCKS } from './blocks.fixture.ts';
import { launchChromium } from './chromium.ts';
import { startHost, type Host } from './host.ts';
import { axe } from './support.ts';

const API = 'https://assistant.example';
let browser: Browser;
let host: Host;
let page: Page;

const ENTRY = `
import { renderBlocks } from './worker/widget/panel/render.ts';
import { STRINGS } from './worker/widget/panel/i18n.ts';
import { copyText } from './worker/widget/panel/clipboard.ts';
const acts = (window.acts = []);
window.renderFixture = (blocks, origin) => document.querySelector('main').append(...renderBlocks(blocks, {
  t: STRINGS.en, origin, act: (action, value, label) => acts.push({ action, value, label }),
  copy: (text, status, fallback) => copyText(text, status, fallback, STRINGS.en),
}));`;

beforeAll(async () => {
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'iife' });
  host = await startHost(await freePort(), API);
  host.route('/panel.css', 'text/css', readFileSync('worker/widget/dist/widget/panel.css'));
  host.route('/render.js', 'text/javascript', bundle.outputFiles[0]!.text);
  host.route('/blocks', 'text/html', '<!doctype html><html lang="en"><head><title>Blocks</title><link rel="stylesheet" href="/panel.css"><script src="/render.js"></script></head><body><main><h1>Blocks</h1></main></body></html>');
  browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: true }); // the host's CSP admits only the worker's scripts; this page serves the renderer itself
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  page = await context.newPage();
  await page.goto(`${host.origin}/blocks`);
  await page.evaluate(([blocks, origin]) => (window as unknown as { renderFixture: (b: unknown, o: string) => void }).renderFixture(blocks, origin), [BLOCKS, API] as const);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const acts = () => page.evaluate(() => (window as unknown as { acts: { action: string; value: string }[] }).acts.map(({ action, value }) => ({ action, value })));

describe('the panel renders every reply block', () => {
  it('escapes all text: markup in data stays text', async () => {
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(await page.locator('main p').first().innerText()).toContain('<img src=x onerror="window.pwned=1"><b>bold</b>');
  });

  it('links only https (new tab, noopener noreferrer), tel and mailto', async () => {
    const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    expect(links.length).toBeGreaterThan(5);
    for (const l of links) {
      expect(l.href).toMatch(/^(https:\/\/|tel:|mailto:)/);
      if (l.href.startsWith('https:')) expect(l).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
    const hrefs = links.map((l) => l.href);
    expect(hrefs).toEqual(expect.arrayContaining(['tel:+3221234567', 'mailto:help@svc.example', 'https://svc.example/', 'https://guide.example/a', 'https://check.example/']));
    expect(hrefs.join(' ')).not.toMatch(/javascript|insecure|evil|cc=/);
    expect(await page.locator('main').innerText()).toContain('Bad source'); // an unsafe source keeps its title, without a link
  });

  it('uses semantic HTML: headings per section, a list of service cards, the red flag styled as such', async () => {
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Urgent: Suicidal thoughts', 'Stepped care', 'Services', 'Referral plan']);
    expect(await page.locator('ol.cards > li > article.service h3').count()).toBe(3);
    const flag = page.locator('section.red-flag');
    expect(await flag.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(176, 0, 32)');
    expect(await page.locator('article.service').nth(1).locator('.check').innerText()).toMatch(/Check before referring[\s\S]*Phone not confirmed/);
    expect(await page.locator('section.guidance .check').innerText()).toMatch(/Numbers differ/);
  });

  it('sends the action of each button: choice, need, multi-select joined by commas, add to plan', async () => {
    await page.getByRole('button', { name: 'A child' }).click();
    await page.getByRole('button', { name: 'Fatigue', exact: true }).click();
    await page.getByLabel('Fatigue').check();
    await page.getByLabel('Worry').check();
    await page.getByRole('button', { name: 'Show help' }).click();
    await page.locator('button.add').first().click();
    expect(await acts()).toEqual([
      { action: 'audience', value: 'child' },
      { action: 'need', value: 'med.fatigue' },
      { action: 'problems', value: 'med.fatigue,psy.anxiety' },
      { action: 'add', value: 'svc1' },
    ]);
    expect(await page.getByRole('button', { name: 'Fatigue', exact: true }).getAttribute('aria-describedby')).toBeTruthy();
  });

  it('copies the plan text and links the handout on the worker origin only', async () => {
    await page.getByRole('button', { name: 'Copy the plan' }).click();
    await page.waitForFunction(() => document.querySelector('.plan [role=status]')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(BLOCKS.find((b) => b.type === 'plan')!.text);
    const handouts = await page.locator('.handouts a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), lang: a.getAttribute('hreflang'), rel: a.getAttribute('rel') })));
    expect(handouts).toEqual([{ href: `${API}/handout?lang=fr&items=psy.emotional-distress:svc1`, lang: 'fr', rel: 'noopener noreferrer' }]);
  });

  it('passes axe-core (WCAG 2.2 AA and best practice) with every block on the page', async () => {
    const violations = await axe(page);
    expect(violations).toEqual([]);
  });
});
