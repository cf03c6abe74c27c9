/**
 * Markup in user input is shown literally, never run: a report text, its file name, a figures
 * file and a draft form full of <script>/<img onerror> payloads, and /docs with a payload in
 * its address. Any executed payload sets window.__xss.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, fixture, usePage } from './browser';

const P = (n: number) => `<img src=x onerror="window.__xss=${n}"><script>window.__xss=${n}</script>`;

const t = usePage();

async function assertInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe('XSS payloads are shown literally', () => {
  it('in a report text, its file name and a figures file (审查)', async () => {
    const { page } = t;
    const para = `我部门认真贯彻落实党中央决策部署，${P(1)}扎实推进各项重点工作，全面加强预算绩效管理，切实提高财政资金使用效益。`;
    const text = `一、基本情况\n\n${para}\n\n二、绩效情况\n\n${para}\n`;
    await page.setInputFiles('#rv-file', { name: `${P(2)}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
    const figures = JSON.parse(readFileSync(fixture('figures', '000.json'), 'utf8')) as Record<string, unknown>;
    figures.department = P(3);
    await page.setInputFiles('#rv-figures', { name: `${P(4)}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(figures)) });
    await page.click('#rv-go');
    await page.waitForSelector('#rv-result:not([hidden])', { timeout: 60_000 });
    const body = (await page.textContent('body'))!;
    expect(body).toContain('onerror="window.__xss=1"');
    // open the first finding's side-by-side view
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await assertInert(page);
    await page.keyboard.press('Escape');
    await page.click('#rv-new');
  });

  it('in figures imported into the draft form and drafted (起草)', async () => {
    const { page } = t;
    await page.click('#tab-draft');
    const figures = JSON.parse(readFileSync(fixture('figures', '000.json'), 'utf8')) as { department?: string; projects?: Array<{ name: string }> };
    figures.department = P(5);
    if (figures.projects?.[0]) figures.projects[0].name = P(6);
    await page.setInputFiles('#df-import-file', { name: `${P(7)}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(figures)) });
    await expect.poll(() => page.textContent('#df-import-msg')).toContain('已导入');
    await page.selectOption('#o-provider', 'template').catch(() => undefined);
    await page.click('#df-go');
    await page.waitForTimeout(3000);
    await assertInert(page);
  });

  it('in the address of /docs', async () => {
    const page = await t.page.context().newPage();
    await page.goto(`${baseUrl()}/docs?q=${encodeURIComponent(P(8))}#${encodeURIComponent(P(9))}`);
    await page.waitForTimeout(1000);
    await assertInert(page);
    await page.close();
  });
});
