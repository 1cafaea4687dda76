import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { buildOnce, ROOT, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

/**
 * What the end-to-end tests need around the browser: a build of the app, the
 * built server on a fresh database and a free port, and Debian's Chromium.
 */

export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** The app as `npm start` runs it (shared with the process-level tests). */
export { buildOnce as build, type ServerProcess as RunningServer, startServerProcess as startServer };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium; never a downloaded one. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const DESKTOP = { width: 1366, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A fresh context: no cookies, no stored language. */
export function newContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const phone = viewport.width < 768;
  return browser.newContext({ viewport, locale: 'zh-CN', isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
}

/** test-results/<name>.png, creating the directory on first use. */
export function screenshotPath(name: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, `${name}.png`);
}
