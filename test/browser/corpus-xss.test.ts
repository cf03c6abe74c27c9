/**
 * Corpus metadata is shown literally, never run: a report stored through POST /v1/corpus with
 * <img onerror>/<script> payloads in its title, department and file name, then a check against
 * the corpus whose finding shows that report beside the checked paragraph. Any executed
 * payload sets window.__xss.
 */
import { describe, expect, inject, it } from 'vitest';
import { checkedReport, storedReports } from '../../src/corpus/sample-reports';
import { baseUrl, usePage } from './browser';

const IMG = (n: number) => `<img src=x onerror="window.__xss=${n}">`;
const SCRIPT = (n: number) => `<script>window.__xss=${n}</script>`;

const t = usePage();

describe('XSS payloads in corpus metadata are shown literally', () => {
  it('title, department and file name of a stored report, in the corpus finding and its side-by-side view', { timeout: 120_000 }, async () => {
    const stored = storedReports('碧水')[2]!; // 民政局: the paragraph the checked report copies
    const title = `${IMG(1)}${SCRIPT(2)}绩效自评报告`; // within the 80 characters of a title line
    const text = stored.text.replace(/^[^\n]*/, title);
    const add = await fetch(`${baseUrl()}/v1/corpus`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('corpusToken')}` },
      body: JSON.stringify({ text, name: `${IMG(3)}${SCRIPT(4)}.txt`, department: `${IMG(5)}${SCRIPT(6)}` }),
    });
    expect(add.status, await add.clone().text()).toBeLessThan(300);
    const report = (await add.json()) as { id: string; title: string; fileName: string; department: string };
    expect(report.fileName).toBe(`${IMG(3)}${SCRIPT(4)}.txt`);
    expect(report.department).toBe(`${IMG(5)}${SCRIPT(6)}`);
    expect(report.title).toBe(title);

    const { page } = t;
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __jxReady?: boolean }).__jxReady === true);
    await page.waitForSelector('#rv-corpus-wrap:not([hidden])');
    await page.check('#rv-corpus');
    await page.click('#rv-paste summary');
    await page.fill('#rv-text', checkedReport('碧水').text);
    await page.click('#rv-go');
    await page.waitForSelector('#rv-result:not([hidden])', { timeout: 60_000 });
    // the finding list names the stored report by its title and department, as text
    await expect.poll(() => page.textContent('#rv-findings')).toContain('onerror="window.__xss=1"');
    const list = (await page.textContent('#rv-findings'))!;
    expect(list).toContain(`「${title}」（${IMG(5)}${SCRIPT(6)}）`);
    // open each finding's side-by-side view: the stored report's place names its file
    const n = await page.locator('#rv-findings .fitem').count();
    expect(n).toBeGreaterThan(0);
    let sawStored = false;
    for (let i = 0; i < n; i++) {
      await page.locator('#rv-findings .fitem').nth(i).click();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      if (((await page.textContent('body')) ?? '').includes(`${IMG(3)}${SCRIPT(4)}.txt`)) sawStored = true;
      await page.keyboard.press('Escape');
    }
    expect(sawStored).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(t.errors).toEqual([]);
    await page.click('#rv-new');
  });
});
