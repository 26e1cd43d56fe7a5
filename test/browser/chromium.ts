/**
 * @module test/browser/chromium: launches Debian's headless chromium through playwright-core for
 * real-browser tests (`npx playwright install` does not work on these machines). When chromium is
 * missing it is installed once with apt-get if we are root; otherwise the error gives the command.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const EXECUTABLE = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A headless chromium; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    if (process.getuid?.() !== 0) throw new Error(`test/browser/chromium: ${EXECUTABLE} is missing; install it with: sudo sh -c '${INSTALL}'`);
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return chromium.launch({ executablePath: EXECUTABLE, args: FLAGS });
}
