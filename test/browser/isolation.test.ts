/**
 * Browser tests of the widget's isolation and embedding: hostile host CSS changes nothing, a second tag
 * or a page swap does not double it, only allowed origins may frame the panel, inline mode, the
 * language order (data-lang, page lang), a light accent colour still passes axe, and the global API.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../worker/widget/loader/index.ts';
import { axe, launcher, panel, recordProblems, startStack, type Stack } from './support.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** What the user sees of the widget: launcher and frame boxes, launcher style, and the panel's pixels. */
async function look(page: Page) {
  await launcher(page).click();
  const frame = await panel(page);
  await frame.waitForFunction(() => document.activeElement?.id === 'q');
  // the greeting has arrived and nothing is in flight, so both looks are of the same settled panel
  await frame.locator('#log .bot').first().waitFor();
  await page.waitForLoadState('networkidle');
  const style = await launcher(page).evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.backgroundColor, s.color, s.fontFamily, s.fontSize, s.padding, s.borderRadius, s.position, s.display, s.transform].join('|');
  });
  const box = (await page.locator('scra-widget iframe').boundingBox())!;
  // The panel's pixels, inside its rounded corners (the host background shows in the corners, as it should).
  const pixels = await page.screenshot({ clip: { x: box.x + 12, y: box.y + 12, width: box.width - 24, height: box.height - 24 } });
  return { launcher: await launcher(page).boundingBox(), frame: box, style, pixels };
}

describe('the widget among other page code', () => {
  it('looks the same on a page with aggressive global CSS, and works under the host strict CSP', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(`${stack.host.origin}/plain`);
    const plain = await look(page);
    await page.goto(`${stack.host.origin}/aggressive`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 0)'); // the hostile CSS is live
    const hostile = await look(page);
    expect(hostile.launcher).toEqual(plain.launcher);
    expect(hostile.frame).toEqual(plain.frame);
    expect(hostile.style).toBe(plain.style);
    expect(hostile.pixels.equals(plain.pixels)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is loaded once however many tags there are, and comes back after a page swap', async () => {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.host.origin}/twice`);
    await page.waitForFunction(() => document.querySelectorAll('scra-widget').length > 0);
    await page.waitForLoadState('load');
    expect(await page.locator('scra-widget').count()).toBe(1);
    expect(['Supportive care', 'Soins de support']).toContain(await launcher(page).innerText()); // the options of the tag that ran first (async: either)
    // A single-page app swaps the body and inserts the tag again.
    await page.evaluate((src) => {
      document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'New page' }));
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      document.body.append(s);
    }, `${stack.worker.url}/widget.js`);
    await page.waitForFunction(() => document.querySelectorAll('scra-widget').length === 1);
    await launcher(page).click();
    await panel(page);
    expect(await page.locator('scra-widget').count()).toBe(1);
    expect(await page.locator('scra-widget iframe').count()).toBe(1);
    await context.close();
  });

  it('refuses to be framed by an origin that is not allowed', async () => {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    // The same host pages on 127.0.0.1 instead of localhost: another origin, not in WIDGET_ALLOWED_ORIGINS.
    const other = stack.host.origin.replace('localhost', '127.0.0.1');
    stack.host.route('/other', 'text/html', `<!doctype html><html lang="en"><head><title>x</title><script src="${stack.worker.url}/widget.js" async></script></head><body></body></html>`);
    const refused = page.waitForResponse((r) => r.url().includes('/widget/panel'));
    await page.goto(`${other}/other`).catch(() => undefined);
    await launcher(page).click();
    const res = await refused;
    expect(res.status()).toBe(403);
    expect(await page.locator('scra-widget iframe').count()).toBe(1);
    const frame = await (await page.locator('scra-widget iframe').elementHandle())!.contentFrame();
    expect(await frame!.locator('#log').count()).toBe(0); // no panel rendered
    await context.close();
  });

  it('renders inline in a container, in the language of data-lang', async () => {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.host.origin}/inline`);
    expect(await page.locator('scra-widget').evaluate((el) => el.parentElement?.id)).toBe('chat-here');
    expect(await page.locator('scra-widget .launcher').count()).toBe(0);
    const frame = await panel(page);
    expect(await frame.locator('html').getAttribute('lang')).toBe('fr');
    expect(await frame.locator('#q').getAttribute('placeholder')).toMatch(/fatigué/);
    expect(await frame.locator('button.close').count()).toBe(0);
    await context.close();
  });

  it('follows the page language without data-lang, and setLanguage switches launcher, panel and conversation', async () => {
    const context = await stack.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${stack.host.origin}/pagelang`); // <html lang="nl">
    await page.waitForFunction(() => !!document.querySelector('scra-widget'));
    expect(await launcher(page).innerText()).toBe('Ondersteunende zorg');
    await launcher(page).click();
    const frame = await panel(page);
    expect(await frame.locator('h1').innerText()).toBe('Ondersteunende zorg');
    await page.evaluate(() => window.SupportiveCareWidget!.setLanguage('fr'));
    await frame.waitForFunction(() => document.documentElement.lang === 'fr' && document.querySelectorAll('#log .bot').length === 2);
    expect(await frame.locator('#log .bot').last().innerText()).toMatch(/besoin/); // the engine answers in French now
    expect(await launcher(page).innerText()).toBe('Soins de support');
    // And the switch inside the panel tells the host.
    await frame.locator('#lang').selectOption('en');
    await page.waitForFunction(() => document.querySelector('scra-widget')?.shadowRoot?.querySelector('.launcher')?.textContent === 'Supportive care');
    await page.evaluate(() => window.SupportiveCareWidget!.close());
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('keeps AA contrast with a light accent colour (darkened), on the left; axe finds nothing on the host page or the panel', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.host.origin}/light`);
    await launcher(page).click();
    const frame = await panel(page);
    const box = await launcher(page).boundingBox();
    expect(box!.x).toBeLessThan(100);
    for (const target of [page, frame]) {
      // the host page is a bare test page: WCAG AA only there, as for the panel beside it
      const violations = (await axe(target, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])).map((v) => v.split(':')[0]);
      expect(violations).toEqual([]);
    }
    await context.close();
  });
});
