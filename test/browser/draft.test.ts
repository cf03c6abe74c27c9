/**
 * 起草 in a real browser: fill the form from seed 000's saved figures file (live sums and
 * rates, a mistake shown before drafting), add a highlight, draft with the template provider
 * (sections streamed in, each with its grounding badge), edit, re-check, download the .docx.
 */
import { describe, expect, it } from 'vitest';
import { downloadOf, fixture, shot, usePage } from './browser';
import { docxText, unzip } from '../zip';

const t = usePage();

describe('起草', () => {
  it('fills the figures from a saved file and shows sums and rates live', async () => {
    const { page } = t;
    await page.click('#tab-draft');
    expect(await page.isVisible('#panel-draft')).toBe(true);
    await page.setInputFiles('#df-import-file', fixture('figures', '000.json'));
    await expect.poll(() => page.textContent('#df-import-msg')).toContain('已导入“000.json”');
    expect(await page.inputValue('#f-department')).toBe('中国人民政治协商会议广东省广州市花都区委员会');
    expect(await page.inputValue('#f-adjusted')).toBe('3363.37');
    expect(await page.inputValue('#f-execution')).toBe('2760.71');
    expect(await page.locator('#t-function tbody tr').count()).toBe(5);
    expect(await page.locator('#t-projects tbody tr').count()).toBe(1);

    // 2760.71 ÷ 3363.37 = 82.0818…% → 82.08%, below 90%.
    expect(await page.textContent('#c-rate')).toContain('82.08%');
    expect(await page.getAttribute('#c-rate', 'class')).toContain('warn');
    expect(await page.textContent('#s-function')).toBe('2,760.71');
    expect(await page.getAttribute('#c-function', 'class')).toContain('ok');
    expect(await page.textContent('#c-function')).toContain('与全年执行数一致');
    expect(await page.getAttribute('#c-nature', 'class')).toContain('ok');
    expect(await page.textContent('#t-projects tbody tr td[data-calc]')).toBe('100.00%');
    expect(await page.textContent('#c-rating')).toContain('“优”');

    // A typo shows at once: 教育支出 18.03 instead of 18.30.
    const edu = page.locator('#t-function tbody tr').nth(1).locator('input[data-k=amount]');
    await edu.fill('18.03');
    await expect.poll(() => page.getAttribute('#c-function', 'class')).toContain('bad');
    expect(await page.textContent('#c-function')).toContain('相差 0.27');
    await page.locator('#c-rate').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'draft-01-live-check', { curate: true });
    await edu.fill('18.30');
    await expect.poll(() => page.getAttribute('#c-function', 'class')).toContain('ok');

    // A difference the parts' rounding explains is what the checker calls it: a warning, not an error.
    await edu.fill('18.31');
    await expect.poll(() => page.getAttribute('#c-function', 'class')).toContain('warn');
    expect(await page.textContent('#c-function')).toContain('尾数舍入');
    await edu.fill('18.30');
    await expect.poll(() => page.getAttribute('#c-function', 'class')).toContain('ok');

    // A score that does not fit the rating, in the checker's words; 89.99 and 90 either side of the 优 band.
    await page.selectOption('#f-rating', '优');
    await page.fill('#f-score', '89.99');
    await expect.poll(() => page.textContent('#c-rating')).toContain('对应等级为“良”');
    expect(await page.getAttribute('#c-rating', 'class')).toContain('bad');
    await page.fill('#f-score', '90');
    await expect.poll(() => page.getAttribute('#c-rating', 'class')).toContain('ok');
    expect(await page.textContent('#c-rating')).toContain('“优”');
    await page.fill('#f-score', '91.82');

    // Indicators are judged as the checker and the drafter judge them (src/domain): 投诉率 is lower-is-better.
    const ind = page.locator('#t-indicators tbody tr').first();
    const fillIndicator = async (name: string, target: string, actual: string) => {
      await ind.locator('input[data-k=name]').fill(name);
      await ind.locator('input[data-k=target]').fill(target);
      await ind.locator('input[data-k=actual]').fill(actual);
    };
    await fillIndicator('检查批次', '5批', '1批次');
    await expect.poll(() => ind.locator('[data-calc]').textContent()).toBe('未达到');
    await fillIndicator('群众投诉率', '5%', '3%');
    await expect.poll(() => ind.locator('[data-calc]').textContent()).toBe('达到');
    expect(await page.textContent('#c-indicators')).not.toContain('未达到目标');
    await fillIndicator('群众投诉率', '5%', '8%');
    await expect.poll(() => ind.locator('[data-calc]').textContent()).toBe('未达到');
    await fillIndicator('', '', '');
  });

  it('drafts with the template provider, sections streaming in with grounding badges', async () => {
    const { page } = t;
    const card = page.locator('#df-highlights .hl-card').first();
    await card.locator('[data-hk=title]').fill('关注民生、为民履职，促进人民群众福祉改善');
    await card.locator('[data-hk=detail]').fill('以提案为抓手反映群众需求，提案办理逐步由“答复型”向“落实型”转变。');
    await card.locator('[data-add-num]').click();
    const num = card.locator('tbody tr').first();
    await num.locator('[data-nk=label]').fill('委员提交提案');
    await num.locator('[data-nk=value]').fill('114');
    await num.locator('[data-nk=unit]').fill('件');
    await page.fill('#df-problems', '绩效目标设置还不够细化');
    await page.selectOption('#o-self', '我会');
    await page.selectOption('#o-provider', 'template');

    const response = page.waitForResponse((r) => r.url().includes('/v1/draft'));
    await page.click('#df-go');
    const res = await response;
    expect(res.url()).toContain('provider=template');
    expect(res.headers()['content-type']).toContain('text/event-stream');
    await page.waitForSelector('#df-docx:not([disabled])', { timeout: 60_000 });

    const cards = page.locator('#df-sections .sec-card');
    const kinds = await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds).toEqual(expect.arrayContaining(['income', 'conclusion', 'projects', 'achievements', 'problems', 'measures']));
    expect(kinds).not.toContain('indicators'); // no indicators in the figures: skipped, and said so
    expect(await page.textContent('#df-notes')).toContain('未起草');
    for (const kind of kinds) {
      const c = page.locator(`#sec-${kind}`);
      expect((await c.locator('textarea').inputValue()).length, kind).toBeGreaterThan(20);
      expect(await c.locator('[data-badge=grounded]').textContent()).toMatch(/^数字 \d+ 个/);
      expect(await c.locator('[data-badge=repaired]').count()).toBe(1);
      expect(await c.locator('[data-badge=fallenBack]').count()).toBe(1);
    }
    const income = await page.locator('#sec-income textarea').inputValue();
    expect(income).toMatch(/2,?760\.71万元/);
    expect(income).toContain('我会');
    expect(await page.locator('#sec-income [data-badge=grounded]').textContent()).toContain('全部有据');
    expect(await page.locator('#sec-achievements textarea').inputValue()).toContain('114件');
    expect(await page.textContent('#df-summary')).toContain('内置模板');
    expect(await page.textContent('#df-sections')).toContain('一、基本情况');
    await page.locator('#df-out').evaluate((el) => (el.scrollTop = 0));
    await page.locator('#t-function').evaluate((el) => el.closest('fieldset')!.scrollIntoView({ block: 'start' }));
    await shot(page, 'draft-02-sections', { curate: true });
  });

  it('edits a section, re-checks it and downloads the .docx', async () => {
    const { page } = t;
    const ta = page.locator('#sec-measures textarea');
    const added = '进一步加强预算执行进度管理。';
    await ta.fill((await ta.inputValue()) + '\n' + added);
    await expect.poll(() => page.locator('#sec-measures .badges').textContent()).toContain('已修改');
    await page.click('#df-recheck');
    await expect.poll(() => page.textContent('#df-summary'), { timeout: 60_000 }).toContain('重新核对完成');
    expect(await page.locator('#sec-measures .badges').textContent()).not.toContain('已修改');

    const docx = await downloadOf(page, () => page.click('#df-docx'));
    expect(docx.name).toMatch(/部门整体支出绩效自评报告\.docx$/);
    const entries = unzip(docx.bytes);
    expect(entries.has('word/document.xml')).toBe(true);
    const text = docxText(entries.get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('中国人民政治协商会议广东省广州市花都区委员会');
    expect(text).toContain('部门整体收支情况');
    expect(text).toContain(added);

    // The figures can be exported again for the review tab.
    const figures = await downloadOf(page, () => page.click('#df-export'));
    expect(JSON.parse(figures.bytes.toString('utf8'))).toMatchObject({ execution: '2760.71', budget: { adjusted: '3363.37' }, rating: '优' });
    expect(t.errors).toEqual([]);
  });

  it('says which data a requested section lacks, field by field, in Chinese', async () => {
    const { page } = t;
    for (const box of await page.locator('#df-sections-pick input').all()) await box.setChecked((await box.getAttribute('value')) === 'indicators');
    await page.click('#df-go');
    await expect.poll(() => page.textContent('#df-out-error')).toContain('INVALID_DRAFT_REQUEST');
    const text = (await page.textContent('#df-out-error'))!;
    expect(text).toContain('起草请求有问题');
    expect(text).toContain('绩效指标');
    expect(await page.isEnabled('#df-go')).toBe(true);
    // A number that is not a number is caught before anything is sent.
    await page.fill('#f-execution', '2760,71元');
    await page.click('#df-go');
    expect(await page.textContent('#df-error')).toContain('不是有效的数');
    expect(await page.getAttribute('#f-execution', 'aria-invalid')).toBe('true');
  });
});
