/**
 * The demo society page at / and the embed docs at /embed, served by the worker under their own strict
 * CSP: the language switcher drives the widget through its global API, and the conversation id (the only
 * thing stored) survives a reload in sessionStorage, so the conversation resumes where it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { launcher, nextAnswer, panel, recordProblems } from './support.ts';
import { startWorker, type RunningWorker } from '../support/worker.ts';
import type { Browser } from 'playwright-core';

let browser: Browser;
let worker: RunningWorker;
beforeAll(async () => {
  [browser, worker] = await Promise.all([launchChromium(), startWorker()]);
});
afterAll(async () => {
  await Promise.allSettled([browser?.close(), worker?.stop()]);
});

describe('the demo site', () => {
  it('switches language for page and widget, and resumes the conversation after a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = recordProblems(page);
    const res = await page.goto(`${worker.url}/`);
    expect(res!.headers()['content-security-policy']).toMatch(/script-src 'self'; style-src 'self'/);
    await page.waitForFunction(() => !!document.querySelector('scra-widget'));
    await page.getByRole('link', { name: 'NL' }).click();
    expect(await page.locator('h1').innerText()).toBe('Supportieve zorg in de oncologie');
    expect(await launcher(page).innerText()).toBe('Ondersteunende zorg');
    await page.getByRole('button', { name: 'Open de doorverwijshulp' }).click();
    const frame = await panel(page);
    expect(await frame.evaluate(() => sessionStorage.length)).toBe(0);
    await frame.locator('#q').fill('pijn');
    await frame.locator('#q').press('Enter');
    const needs = await nextAnswer(frame, 1);
    await needs.locator('button[data-action="need"]').first().click();
    const asked = await nextAnswer(frame, 2);
    const pending = await asked.locator('button[data-action]').first().getAttribute('data-action');
    expect(await frame.evaluate(() => Object.keys(sessionStorage))).toEqual(['scra:conversation']);
    expect(await frame.evaluate(() => sessionStorage.getItem('scra:conversation'))).toMatch(/^[0-9a-f]{32}$/);

    await page.reload();
    await page.waitForFunction(() => !!document.querySelector('scra-widget'));
    await launcher(page).click();
    const again = await panel(page);
    expect(await again.locator('#log .bot').first().locator(`button[data-action="${pending}"]`).count()).toBeGreaterThan(0); // the pending question, not the greeting
    await again.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await again.waitForFunction(() => sessionStorage.length === 0 && document.querySelectorAll('#log .bot').length === 1);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('documents the embed: snippet, options, API and the CSP directives', async () => {
    const page = await browser.newPage();
    await page.goto(`${worker.url}/embed`);
    const text = await page.locator('main').innerText();
    for (const s of ['widget.js', 'data-lang', 'data-position', 'data-accent', 'data-title', 'data-container', 'setLanguage', 'script-src https://ASSISTANT;', 'frame-src https://ASSISTANT;', 'WIDGET_ALLOWED_ORIGINS'])
      expect(text).toContain(s);
    await page.close();
  });
});
