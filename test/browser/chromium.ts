/**
 * @module test/browser/chromium: launches Debian's headless chromium (/usr/bin/chromium) through
 * playwright-core, with the flags from architecture.md. If it is missing and we run as root, it is
 * installed once with apt-get; otherwise the error names the exact command to run.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const INSTALL = 'apt-get update && apt-get install -y chromium';

let installing: Promise<void> | undefined;

function ensureInstalled(): Promise<void> {
  if (existsSync(CHROMIUM)) return Promise.resolve();
  if (process.getuid?.() !== 0) return Promise.reject(new Error(`test/browser/chromium: ${CHROMIUM} is missing. Install it with: sudo ${INSTALL}`));
  installing ??= Promise.resolve().then(() => {
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (!existsSync(CHROMIUM)) throw new Error(`test/browser/chromium: "${INSTALL}" ran but ${CHROMIUM} is still missing`);
  });
  return installing;
}

/** A headless Chromium; close it in afterAll. */
export async function launchChromium(): Promise<Browser> {
  await ensureInstalled();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
