/**
 * @module test/browser/support: shared steps for the widget browser tests: start Chromium, the real
 * worker and a host site on another origin; find the panel frame; drive a conversation by block type.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { freePort, startWorker, type RunningWorker } from '../support/worker.ts';
import { launchChromium } from './chromium.ts';
import { startHost, type Host } from './host.ts';

export const OUTPUT = 'test/output';

export interface Stack {
  browser: Browser;
  worker: RunningWorker;
  host: Host;
  stop(): Promise<void>;
}

/** Chromium + `wrangler dev` (allowing only the host's origin) + the host site. */
export async function startStack(): Promise<Stack> {
  mkdirSync(OUTPUT, { recursive: true });
  const hostPort = await freePort();
  const [browser, worker] = await Promise.all([launchChromium(), startWorker({ WIDGET_ALLOWED_ORIGINS: `http://localhost:${hostPort}` })]);
  const host = await startHost(hostPort, worker.url);
  return { browser, worker, host, stop: async () => void (await Promise.allSettled([browser.close(), worker.stop(), host.close()])) };
}

/** The shadow-root launcher button of the page. */
export const launcher = (page: Page) => page.locator('scra-widget').getByRole('button');

/** The panel frame, once loaded and greeted (its first answer rendered). */
export async function panel(page: Page): Promise<Frame> {
  const handle = await page.locator('scra-widget iframe').elementHandle({ timeout: 15_000 });
  const frame = await handle!.contentFrame();
  await frame!.locator('#log .bot').first().waitFor({ timeout: 15_000 });
  return frame!;
}

/** Number of answers in the transcript. */
export const answers = (frame: Frame) => frame.locator('#log .bot').count();

/** Waits until the transcript has more than `n` answers; returns the last one's locator. */
export async function nextAnswer(frame: Frame, n: number) {
  await frame.waitForFunction((k) => document.querySelectorAll('#log .bot').length > k && !document.querySelector('#log[aria-busy]'), n, { timeout: 15_000 });
  return frame.locator('#log .bot').last();
}

/** The id of the element focused inside the frame (or its class / tag). */
export const focusedIn = (frame: Frame) =>
  frame.evaluate(() => {
    const el = document.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, action: el.getAttribute('data-action'), inLast: el.closest('.bot') === [...document.querySelectorAll('#log .bot')].pop() } : undefined;
  });

/** Is the launcher (inside the shadow root) the focused element of the host page? */
export const launcherFocused = (page: Page) => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('launcher') === true);

/** Every request the context makes, for "no third-party requests" and "no fonts". */
export function recordRequests(context: BrowserContext): { url: string; type: string }[] {
  const seen: { url: string; type: string }[] = [];
  context.on('request', (r) => seen.push({ url: r.url(), type: r.resourceType() }));
  return seen;
}

/** Console messages that report a CSP violation or a script error. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/**
 * From a just-rendered answer, keeps choosing until a services block arrives: the first choice, or the
 * given value for an action (e.g. region BE-BRU). Returns the actions chosen. `choose` does the click or keys.
 */
export async function walkToServices(frame: Frame, choose: (frame: Frame, action: string, value: string) => Promise<void>, prefer: Record<string, string> = {}): Promise<string[]> {
  const chosen: string[] = [];
  for (let guard = 0; guard < 12; guard++) {
    const last = frame.locator('#log .bot').last();
    if (await last.locator('.services').count()) return chosen;
    const buttons = last.locator('button.choice[data-action]');
    if (!(await buttons.count())) throw new Error(`walkToServices: the last answer has neither services nor choices: ${await last.innerText()}`);
    const first = buttons.first();
    const action = (await first.getAttribute('data-action'))!;
    const wanted = prefer[action];
    const value = wanted && (await last.locator(`button[data-action="${action}"][data-value="${wanted}"]`).count()) ? wanted : (await first.getAttribute('data-value'))!;
    const n = await answers(frame);
    await choose(frame, action, value);
    chosen.push(action);
    await nextAnswer(frame, n);
  }
  throw new Error('walkToServices: no services after 12 choices');
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations (default: WCAG 2.2 AA and best practice) in a page or frame (injected through the DevTools protocol, so the page's CSP does not apply). */
export async function axe(target: Frame | Page, rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']): Promise<string[]> {
  await target.evaluate(AXE);
  return target.evaluate(async (runOnly) => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, { runOnly });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, rules);
}
