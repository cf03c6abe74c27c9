/**
 * Progress and failures in a real browser: the progress bar with elapsed seconds while a
 * check runs; then a corrupt PDF, a file of the wrong type, a broken figures
 * file, nothing chosen, and the service unreachable. Each shows the Chinese message and
 * the code, the form stays usable, and the page is never blank.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixture, openPage, shot, usePage } from './browser';

const t = usePage();

async function errorText(page: Page) {
  await page.waitForSelector('#rv-error .alert.error', { timeout: 60_000 });
  return (await page.textContent('#rv-error .alert.error'))!;
}

describe('审查 progress', () => {
  it('shows a progress bar, the stage and the elapsed seconds while the service works', async () => {
    const { page } = t;
    // Hold the request for a few seconds, as a large PDF would.
    await page.route('**/v1/check**', async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.setInputFiles('#rv-file', fixture('seeds', '000.txt'));
    await page.click('#rv-go');
    const status = page.locator('#rv-progress[role=status]');
    await expect.poll(() => status.textContent()).toMatch(/正在.*检查“000\.txt”/);
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/已用 [1-9]\d* 秒/);
    expect(await page.locator('#rv-progress .bar').count()).toBe(1);
    expect(await page.isDisabled('#rv-go')).toBe(true);
    await shot(page, 'review-00-progress');
    await page.waitForSelector('#rv-result:not([hidden])', { timeout: 60_000 });
    expect(await page.textContent('#rv-progress')).toBe('');
    await page.unroute('**/v1/check**');
    await page.click('#rv-new');
    expect(await page.isVisible('#rv-form')).toBe(true);
  });
});

describe('审查 errors', () => {
  it('a corrupt PDF shows the API message and code, and the form stays usable', async () => {
    const { page } = t;
    await page.setInputFiles('#rv-file', fixture('bad', 'corrupt.pdf'));
    await page.click('#rv-go');
    const text = await errorText(page);
    expect(text).toContain('无法读取这个文件');
    expect(text).toContain('PDF 文件已损坏或不完整');
    expect(text).toContain('PDF_CORRUPT');
    expect(await page.isVisible('#rv-form')).toBe(true);
    expect(await page.isEnabled('#rv-go')).toBe(true);
    expect(await page.isHidden('#rv-result')).toBe(true);
    expect(await page.textContent('#rv-progress')).toBe('');
    await shot(page, 'review-05-error', { curate: true });
  });

  it('a file that is not a report names the supported types', async () => {
    const { page } = t;
    await page.setInputFiles('#rv-file', fixture('bad', 'image.png'));
    await page.click('#rv-go');
    await expect.poll(() => page.textContent('#rv-error')).toContain('UNSUPPORTED_TYPE');
    expect(await page.textContent('#rv-error')).toContain('请上传 PDF、Word（.docx 或 .doc）或纯文本（.txt）文件');
  });

  it('a figures file that is not JSON is reported as a figures problem', async () => {
    const { page } = t;
    await page.setInputFiles('#rv-file', fixture('seeds', '000.txt'));
    await page.setInputFiles('#rv-figures', { name: 'figures.json', mimeType: 'application/json', buffer: Buffer.from('{ 这不是 JSON') });
    await page.click('#rv-go');
    await expect.poll(() => page.textContent('#rv-error')).toContain('INVALID_FIGURES');
    expect(await page.textContent('#rv-error')).toContain('数据文件有问题');
    await page.click('[data-clear="rv-figures"]');
  });

  it('asks for a file when nothing was chosen', async () => {
    const t2 = await openPage(t.browser);
    try {
      await t2.page.click('#rv-go');
      expect(await errorText(t2.page)).toContain('请先选择报告文件');
    } finally {
      await t2.close();
    }
  });

  it('an unreachable service gives a Chinese message, not a blank page', async () => {
    const { page } = t;
    await page.setInputFiles('#rv-file', fixture('seeds', '000.txt'));
    await page.route('**/v1/check**', (route) => route.abort('connectionrefused'));
    await page.click('#rv-go');
    await expect.poll(() => page.textContent('#rv-error')).toContain('无法连接服务');
    expect(await page.textContent('#rv-error')).toContain('NETWORK');
    await page.unroute('**/v1/check**');
    // And it recovers: the same file now goes through.
    await page.click('#rv-go');
    await page.waitForSelector('#rv-result:not([hidden])', { timeout: 60_000 });
    expect(await page.locator('#rv-doc p').count()).toBeGreaterThan(10);
    expect(t.errors).toEqual([]);
  });
});
