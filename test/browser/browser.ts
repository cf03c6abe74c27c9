/**
 * Helpers for the browser tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), a page that records script errors, and screenshots — always into
 * test-results/browser/, and into docs/screenshots/ when JIXIAO_SCREENSHOTS=1.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const ROOT = resolve(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'browser');
const DOCS = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const baseUrl = () => inject('baseUrl');
export const fixture = (...parts: string[]) => join(ROOT, 'fixtures', ...parts);

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请安装 Debian 软件包 chromium（见 .ci/apt-packages），或设置 CHROMIUM_PATH。`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface TestPage {
  page: Page;
  /** Uncaught exceptions and console errors seen on the page (expected HTTP errors excluded). */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context (empty storage, downloads allowed) at 1366×768 unless told otherwise. */
export async function openPage(browser: Browser, size = { width: 1366, height: 768 }): Promise<TestPage> {
  const context = await browser.newContext({ viewport: size, acceptDownloads: true, locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A failed request the page handles (e.g. a 422 for a corrupt PDF) is logged by Chromium as a console error: not a script error.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl() + '/');
  await page.waitForFunction(() => (window as unknown as { __jxReady?: boolean }).__jxReady === true);
  return { page, errors, close: () => context.close() };
}

/** Saves a screenshot to test-results/browser/<name>.png (and docs/screenshots/ when curating). */
export async function shot(page: Page, name: string, opts: { curate?: boolean; fullPage?: boolean } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  if (opts.curate && process.env.JIXIAO_SCREENSHOTS === '1') {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(file, join(DOCS, `${name}.png`));
  }
  return file;
}

/** Clicks something that starts a download and returns the file's name and bytes. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: (download as Download).suggestedFilename(), bytes: readFileSync((await (download as Download).path())!) };
}

/** A test file's browser and page: launched before its tests, closed after them. */
export interface SharedPage extends TestPage {
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll that launch Chromium and open one page for the whole file. */
export function usePage(): SharedPage {
  let browser: Browser | undefined;
  let current: TestPage | undefined;
  beforeAll(async () => {
    browser = await launch();
    current = await openPage(browser);
  });
  afterAll(async () => {
    await current?.close();
    await browser?.close();
  });
  const opened = () => {
    if (!current || !browser) throw new Error('usePage: the page is opened in beforeAll');
    return { ...current, browser };
  };
  return {
    get browser() {
      return opened().browser;
    },
    get page() {
      return opened().page;
    },
    get errors() {
      return opened().errors;
    },
    close: () => opened().close(),
  };
}
