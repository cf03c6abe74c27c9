/**
 * 数字清单 in a real browser: upload seed 000's Word file with its figures, open the
 * 数字清单 view, see every number with its subject, how the subject was decided and its
 * status, filter by status, and jump from a row back to the number in the document.
 */
import { describe, expect, it } from 'vitest';
import { fixture, shot, usePage } from './browser';

const t = usePage();

const statuses = () => t.page.$$eval('#rv-claims-table tbody tr[data-claim]', (trs) => trs.map((tr) => tr.className));

describe('审查: 数字清单', () => {
  it('lists every number of an uploaded report with subject, reason and status, filterable by status', async () => {
    const { page } = t;
    await page.setInputFiles('#rv-file', fixture('seeds/000.docx'));
    await page.setInputFiles('#rv-figures', fixture('figures/000.json'));
    await page.click('#rv-go');
    await page.waitForSelector('#rv-result:not([hidden])', { timeout: 90_000 });

    await page.click('#rv-view-claims');
    expect(await page.getAttribute('#rv-view-claims', 'aria-selected')).toBe('true');
    expect(await page.isHidden('#rv-panes')).toBe(true);
    await page.waitForSelector('#rv-claims-table tbody tr[data-claim]', { timeout: 60_000 });

    const summary = (await page.textContent('#rv-claims-summary'))!;
    const [, total, verified, contradicted, unchecked] = summary.match(/共 (\d+) 个数字：已核对 (\d+) 个，矛盾 (\d+) 个，未核对 (\d+) 个/)!.map(Number);
    expect(total).toBeGreaterThan(20);
    expect(verified! + contradicted! + unchecked!).toBe(total);
    expect(verified).toBeGreaterThan(0);
    expect(unchecked).toBeGreaterThan(0);
    expect(await page.locator('#rv-claims-table tbody tr[data-claim]').count()).toBe(total);
    expect(await page.textContent('#rv-view-claims')).toContain(`（${total}）`);

    // 支出按功能分类：一般公共服务支出 2,022.35 万元 — its subject named in the clause, verified against the figures.
    const row = page.locator('#rv-claims-table tbody tr', { hasText: '2,022.35' }).first();
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toBe('一般公共服务支出');
    expect(cells[4]).toBe('明确主语');
    expect(cells[5]).toMatch(/^已核对 与.*一致/);
    // Numbers nobody could check are listed as such, and the reasons are spelled out in Chinese.
    expect(await page.locator('#rv-claims-table td.status', { hasText: '未核对' }).count()).toBe(unchecked);
    const reasons = await page.$$eval('#rv-claims-table .reason', (els) => [...new Set(els.map((e) => e.textContent))]);
    for (const r of reasons) expect(['明确主语', '项目条目', '标题', '指代', '承接上文', '部门', '无法确定']).toContain(r);
    await shot(page, 'claims-01-table', { curate: true });

    // Filter: hide 已核对 and 矛盾 — only the unchecked numbers remain.
    await page.uncheck('#rv-claims input[data-cfilter="status"][value="verified"]');
    await page.uncheck('#rv-claims input[data-cfilter="status"][value="contradicted"]');
    const left = await statuses();
    expect(left).toHaveLength(unchecked!);
    expect(new Set(left)).toEqual(new Set(['c-unchecked']));
    await page.check('#rv-claims input[data-cfilter="status"][value="verified"]');
    await page.uncheck('#rv-claims input[data-cfilter="status"][value="unchecked"]');
    expect(new Set(await statuses())).toEqual(new Set(['c-verified']));
    await page.check('#rv-claims input[data-cfilter="status"][value="unchecked"]');
    await page.check('#rv-claims input[data-cfilter="status"][value="contradicted"]');

    // 定位 goes back to the document at that number's paragraph.
    await row.locator('[data-locate]').click();
    expect(await page.isHidden('#rv-claims')).toBe(true);
    expect(await page.getAttribute('#rv-view-doc', 'aria-selected')).toBe('true');
    await expect.poll(() => page.$$eval('#rv-doc .flash', (els) => els.map((e) => e.textContent).join(''))).toContain('2,022.35');
    expect(t.errors).toEqual([]);
  }, 180_000);
});
