/**
 * 审查 → 下载带批注的报告: upload seed 002's .docx, then download the same report with every
 * finding as a Word comment anchored on its text.
 */
import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/annotate/test-read-comments';
import { downloadOf, fixture, shot, usePage } from './browser';

const t = usePage();

describe('审查: download the annotated report', () => {
  it('downloads the uploaded .docx with one comment per finding, on the quoted text', async () => {
    const { page } = t;
    await page.setInputFiles('#rv-file', fixture('seeds/002.docx'));
    await expect.poll(() => page.textContent('#rv-file-name')).toContain('002.docx');
    await page.click('#rv-go');
    await page.waitForSelector('#rv-result:not([hidden])', { timeout: 90_000 });
    const listed = await page.locator('#rv-findings .fitem').count();
    expect(listed).toBeGreaterThan(0);

    const button = page.locator('#rv-dl-annotated');
    expect(await button.textContent()).toBe('下载带批注的报告');
    const file = await downloadOf(page, () => button.click());
    expect(file.name).toBe('002-批注.docx');
    const { comments } = readComments(new Uint8Array(file.bytes));
    expect(comments).toHaveLength(listed);
    for (const c of comments) {
      expect(c.author).toBe('Jixiao');
      expect(c.text).toMatch(/^【(错误|警告|提示)】/);
      expect(c.anchored.trim()).not.toBe('');
    }
    // the download anchors what the page highlights: the 714.07/714.08 finding
    expect(comments.some((c) => c.text.includes('714.08') && c.anchored.replace(/\s+/g, '').length > 0)).toBe(true);
    expect(await button.isEnabled()).toBe(true);
    await shot(page, 'review-annotated-download', { curate: false });
    expect(t.errors).toEqual([]);
  });
});
