/**
 * Browser tests of the embeddable widget, in real headless Chromium: the widget on a host page of
 * another origin under a strict CSP, talking to the real worker (`wrangler dev`). Mouse flow, keyboard
 * flow, phone viewport, axe-core, hostile host CSS, idempotent loader, the origin allowlist.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, axe, focusedIn, launcher, launcherFocused, nextAnswer, OUTPUT, panel, recordProblems, recordRequests, startStack, walkToServices, type Stack } from './support.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** The frame's sessionStorage keys, or 'blocked' when the browser denies storage to the frame. */
const storedKeys = (frame: Frame) =>
  frame.evaluate(() => {
    try {
      return Object.keys(sessionStorage).join(',');
    } catch {
      return 'blocked';
    }
  });

const click = async (frame: Frame, action: string, value: string) => frame.locator(`#log .bot:last-child button[data-action="${action}"][data-value="${value}"]`).click();

describe('the widget on a host page of another origin', () => {
  it('opens, finds a need, asks who and where, shows services with phone links, and the plan and handout; no cookies, no third parties', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(`${stack.host.origin}/plain`);
    const button = launcher(page);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await button.innerText()).toBe('Supportive care');
    expect(await page.locator('scra-widget iframe').count()).toBe(0); // nothing loaded before opening
    expect(requests.filter((r) => r.url.startsWith(stack.worker.url)).map((r) => new URL(r.url).pathname)).toEqual(['/widget.js']);

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const frame = await panel(page);
    await frame.waitForFunction(() => document.activeElement?.id === 'q');
    // Nothing stored before the user acts. (This Chromium denies storage to a cross-site frame: the chat then works without it.)
    expect(await storedKeys(frame)).toMatch(/^(blocked|)$/);

    const n = await answers(frame);
    await frame.locator('#q').fill('emotional distress, anxious and sad');
    await frame.locator('#q').press('Enter');
    await nextAnswer(frame, n);
    expect(await frame.locator('#log .me').last().innerText()).toContain('emotional distress, anxious and sad');
    const chosen = await walkToServices(frame, click, { need: 'psy.emotional-distress', audience: 'adult', region: 'BE-BRU' });
    expect(chosen[0]).toBe('need');
    expect(chosen).toContain('region');
    expect(await storedKeys(frame)).toMatch(/^(blocked|scra:conversation)$/);

    const services = frame.locator('#log .bot').last().locator('.services');
    expect(await services.locator('h2').innerText()).toBe('Services');
    const cards = services.locator('article.service');
    expect(await cards.count()).toBeGreaterThan(0);
    const tel = services.locator('a[href^="tel:"]');
    expect(await tel.count()).toBeGreaterThan(0);
    for (const { href, text } of await tel.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })))) {
      expect(href).toMatch(/^tel:\+?\d{3,}$/); // dialable: digits only, the number shown in the link
      expect(href.slice(4)).toBe(text.replace(/[^\d+]/g, ''));
    }
    for (const a of await services.locator('a[target="_blank"]').evaluateAll((as) => as.map((x) => ({ href: (x as HTMLAnchorElement).href, rel: x.getAttribute('rel') }))))
      expect(a).toEqual({ href: expect.stringMatching(/^https:\/\//), rel: 'noopener noreferrer' });
    expect(await frame.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).protocol))).not.toContain('javascript:');
    expect(await axe(frame)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/widget-desktop.png` });

    // Add the first service to the referral plan, then open the handout: the page lists that service.
    const add = services.locator('button.add').first();
    expect(await add.count()).toBe(1);
    const name = await cards.first().locator('h3').innerText();
    const before = await answers(frame);
    await add.click();
    const answer = await nextAnswer(frame, before);
    const plan = answer.locator('section.plan');
    await plan.waitFor();
    expect(await plan.locator('li').count()).toBeGreaterThan(0);
    // one handout per language; the English one lists the service under its English name
    expect(await plan.locator('.handouts a').count()).toBe(3);
    const handout = plan.locator('.handouts a[href*="lang=en"]');
    const [tab] = await Promise.all([context.waitForEvent('page'), handout.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url())).toMatchObject({ origin: stack.worker.url, pathname: '/handout' });
    expect(await tab.locator('h3').allInnerTexts()).toContain(name);
    await tab.close();

    expect(await context.cookies()).toEqual([]);
    const foreign = requests.filter((r) => !r.url.startsWith(stack.worker.url) && !r.url.startsWith(stack.host.origin) && !r.url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.type === 'font')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone: launcher, input, choices, focus on the new answer, Escape back to the launcher', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.host.origin}/plain`);
    for (let i = 0; i < 10 && !(await launcherFocused(page)); i++) await page.keyboard.press('Tab');
    expect(await launcherFocused(page)).toBe(true);
    await page.keyboard.press('Enter');
    const frame = await panel(page);
    await frame.waitForFunction(() => document.activeElement?.id === 'q');
    const n = await answers(frame);
    await page.keyboard.type('douleur chronique');
    await page.keyboard.press('Enter');
    await nextAnswer(frame, n);
    expect((await focusedIn(frame))?.id).toBe('q'); // typed: focus stays in the input, the log announces the answer

    let first = true;
    const byKeys = async (f: Frame, action: string, value: string) => {
      // From the input, Shift+Tab walks back into the latest answer; after a button, focus is on the answer itself, so Tab.
      const key = first ? 'Shift+Tab' : 'Tab';
      for (let i = 0; i < 30; i++) {
        const el = await f.evaluate(() => ({ action: document.activeElement?.getAttribute('data-action'), value: document.activeElement?.getAttribute('data-value') }));
        if (el.action === action && el.value === value) break;
        await page.keyboard.press(key);
      }
      first = false;
      await page.keyboard.press('Enter');
    };
    const chosen = await walkToServices(frame, byKeys);
    expect(chosen).toContain('region');
    const focus = await focusedIn(frame);
    expect(focus).toMatchObject({ cls: 'bot', inLast: true }); // after a button, focus moves to the start of the new answer
    await page.keyboard.press('Tab');
    expect((await focusedIn(frame))?.inLast).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('scra-widget')?.shadowRoot?.querySelector('.launcher')?.getAttribute('aria-expanded') === 'false');
    expect(await launcherFocused(page)).toBe(true);
    expect(await page.locator('scra-widget iframe').isVisible()).toBe(false);
    await context.close();
  });

  it('is full screen on a phone, with 16 px inputs and 24 px targets; Escape closes it', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${stack.host.origin}/plain`);
    await launcher(page).click();
    const frame = await panel(page);
    const box = await page.locator('scra-widget iframe').boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await frame.locator('#q').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    const n = await answers(frame);
    await frame.locator('#q').fill('pijn');
    await frame.locator('#q').press('Enter');
    await nextAnswer(frame, n);
    const small = await frame.locator('button, select, input, a').evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
    await page.screenshot({ path: `${OUTPUT}/widget-phone.png` });
    // Full screen is modal: Tab from the last control (Send) comes back to the first, never to the hidden host page.
    await frame.locator('button.send').focus();
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('lang');
    await page.keyboard.press('Shift+Tab');
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('send');
    await frame.locator('#q').press('Escape');
    await page.waitForFunction(() => !document.querySelector('scra-widget')?.shadowRoot?.querySelector('.open'));
    expect(await launcherFocused(page)).toBe(true);
    await context.close();
  });
});
