/**
 * 审查 in a real browser: upload seed 000's PDF with its figures file, see the repetition
 * findings highlighted in place, step through them with the keyboard, open the pair view,
 * filter, and download the findings as JSON and as a .docx. Seed 002 shows a numeric
 * finding with its expression, stated vs computed.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadOf, fixture, launch, openPage, shot, type TestPage } from './browser';
import { docxText, unzip } from '../zip';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function review(page: Page, file: string, extra: { figures?: string; against?: string[] } = {}) {
  await page.setInputFiles('#rv-file', fixture(file));
  await expect.poll(() => page.textContent('#rv-file-name')).toContain(file.split('/').pop()!);
  if (extra.figures) await page.setInputFiles('#rv-figures', fixture(extra.figures));
  if (extra.against)
    await page.setInputFiles(
      '#rv-against',
      extra.against.map((f) => fixture(f)),
    );
  await page.click('#rv-go');
  await page.waitForSelector('#rv-result:not([hidden])', { timeout: 90_000 });
}

/** Text of the document between a highlight's first segment and the end of that finding's marks. */
function markedText(page: Page, i: number) {
  return page.$$eval(`#rv-doc mark.hl[data-f~="${i}"]`, (ms) => ms.map((m) => m.textContent).join(''));
}

describe('审查: seed 000', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the document by section with the repetition findings highlighted in place', async () => {
    const { page } = t;
    await shot(page, 'review-01-upload', { curate: false });
    await review(page, 'seeds/000.pdf', { figures: 'figures/000.json' });

    // The document itself, laid out by section.
    await expect.poll(() => page.textContent('#rv-title')).toContain('部门整体支出绩效自评报告');
    expect(await page.locator('#rv-doc [role=heading]').count()).toBeGreaterThan(10);
    expect(await page.locator('#rv-outline a').count()).toBeGreaterThan(10);
    expect(await page.textContent('#rv-outline')).toContain('主要工作成效');

    // Repetition findings: listed in their group with a count, and highlighted in the text.
    const dupItems = page.locator('#rv-findings .fgroup', { hasText: '重复与雷同段落' }).locator('.fitem');
    const dupCount = await dupItems.count();
    expect(dupCount).toBeGreaterThanOrEqual(4);
    expect(await page.textContent('#rv-findings .fgroup:has-text("重复与雷同段落") h3 .count')).toBe(String(dupCount));
    expect(await page.locator('#rv-doc mark.hl.fam-duplicate').count()).toBeGreaterThanOrEqual(dupCount);
    const ids = await dupItems.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.i)));
    for (const i of ids) {
      expect(await page.locator(`#rv-doc #hl-${i}`).count(), `anchor of finding ${i}`).toBe(1);
      expect((await markedText(page, i)).length).toBeGreaterThan(10);
    }
    // The known copy-paste of seed 000 (（二）年度总体工作 → （四）2) is among the highlights.
    const allMarked = await page.$$eval('#rv-doc mark.hl.fam-duplicate', (ms) => ms.map((m) => m.textContent).join(''));
    expect(allMarked).toContain('聚焦推动“数字政府”建设');
    expect(allMarked).toContain('始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手');

    // Summary strip: numbers found / checked / matched, repeated passages, errors and warnings.
    const summary = (await page.textContent('#rv-summary'))!;
    for (const label of ['发现问题', '错误', '警告', '重复或雷同段落', '识别到的数字', '已核对的数字', '与数据文件核对']) expect(summary).toContain(label);
    const statOf = (label: string) => page.locator('#rv-summary .stat', { hasText: label }).locator('b').textContent();
    expect(Number(await statOf('重复或雷同段落'))).toBe(dupCount);
    expect(Number(await statOf('识别到的数字'))).toBeGreaterThan(20);
    expect(Number(await statOf('与数据文件核对'))).toBeGreaterThan(0);

    // Clicking a finding scrolls the document to it and marks it as the current one.
    await dupItems.nth(1).click();
    const picked = ids[1]!;
    await expect
      .poll(() =>
        page.locator(`#hl-${picked}`).evaluate((el) => {
          const r = el.getBoundingClientRect(),
            pane = document.getElementById('rv-docpane')!.getBoundingClientRect();
          return r.top >= pane.top && r.top < pane.bottom;
        }),
      )
      .toBe(true);
    expect(await page.locator(`#rv-doc mark.hl.active[data-f~="${picked}"]`).count()).toBeGreaterThan(0);
    await shot(page, 'review-02-result', { curate: true });
  });

  it('steps through findings with the keyboard and opens the pair view with the differences marked', async () => {
    const { page } = t;
    await page.click('#rv-docpane');
    await page.keyboard.press('j');
    const first = await page.getAttribute('#rv-findings .fitem[aria-current=true]', 'data-i');
    expect(first).not.toBeNull();
    await page.keyboard.press('j');
    const second = await page.getAttribute('#rv-findings .fitem[aria-current=true]', 'data-i');
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await page.getAttribute('#rv-findings .fitem[aria-current=true]', 'data-i')).toBe(first);
    // Arrow keys work inside the list, where focus now is.
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#rv-findings .fitem[aria-current=true]', 'data-i')).toBe(second);
    expect(await page.locator(`#rv-doc mark.hl.active[data-f~="${second}"]`).count()).toBeGreaterThan(0);

    // The near copy with 我们 prefixed: both places side by side, 我们 marked on this side only.
    const near = page.locator('#rv-findings .fitem', { hasText: '增加「我们」' });
    await near.click();
    const i = await near.getAttribute('data-i');
    expect(await page.locator(`#rv-doc [data-r~="${i}"].rel-active`).count()).toBeGreaterThan(0); // the other copy lights up too
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#detail');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('.pair .side').count()).toBe(2);
    expect(await dialog.locator('.side.here h3').textContent()).toContain('（四）主要工作成效');
    expect(await dialog.locator('.side.other h3').textContent()).toContain('（二）年度总体工作和重点工作任务');
    expect(await dialog.locator('.side.here ins').allTextContents()).toEqual(['我们']);
    expect(await dialog.locator('.side.other del').count()).toBe(0);
    expect(await dialog.locator('.side.other .txt').textContent()).toContain('始终把加强自身建设');
    await shot(page, 'review-03-pair-view', { curate: true });

    // j inside the dialog moves to the next finding; Esc closes.
    const title = await dialog.locator('.dhead').textContent();
    await page.keyboard.press('j');
    await expect.poll(() => dialog.locator('.dhead').textContent()).not.toBe(title);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('filters by family and severity', async () => {
    const { page } = t;
    const total = await page.locator('#rv-findings .fitem').count();
    const dups = await page.locator('#rv-findings .fgroup:has-text("重复与雷同段落") .fitem').count();
    await page.locator('#rv-findings label.chip', { hasText: '查重' }).click();
    await expect.poll(() => page.locator('#rv-findings .fitem').count()).toBe(total - dups);
    expect(await page.locator('#rv-doc mark.hl.fam-duplicate').count()).toBe(0);
    expect(await page.locator('#rv-doc mark.hl.off').count()).toBeGreaterThan(0);
    await page.locator('#rv-findings label.chip', { hasText: '查重' }).click();
    await expect.poll(() => page.locator('#rv-findings .fitem').count()).toBe(total);
    await page.locator('#rv-findings label.chip', { hasText: '警告' }).click();
    const warnings = await page.locator('#rv-findings .fitem.warning').count();
    expect(warnings).toBe(0);
    await page.locator('#rv-findings label.chip', { hasText: '警告' }).click();
    await expect.poll(() => page.locator('#rv-findings .fitem').count()).toBe(total);
  });

  it('downloads the findings as JSON and as a Word file', async () => {
    const { page } = t;
    const total = await page.locator('#rv-findings .fitem').count();
    const json = await downloadOf(page, () => page.click('#rv-dl-json'));
    expect(json.name).toBe('000-审查结果.json');
    const data = JSON.parse(json.bytes.toString('utf8'));
    expect(data.file).toBe('000.pdf');
    expect(data.findings).toHaveLength(total);
    expect(data.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('duplicate/')).length).toBeGreaterThanOrEqual(4);
    expect(data.stats.numbersFound).toBeGreaterThan(0);

    const word = await downloadOf(page, () => page.click('#rv-dl-docx'));
    expect(word.name).toBe('000-审查问题清单.docx');
    const entries = unzip(word.bytes);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
    const text = docxText(entries.get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('审查问题清单');
    expect(text).toContain('报告内部重复');
    expect(text).toContain('聚焦推动“数字政府”建设');

    // The printable page: one row per finding, printed by the browser.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.click('#rv-print');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('#print-report tbody tr').count()).toBe(total);
    expect(await page.textContent('#print-report h1')).toContain('审查问题清单');
    expect(t.errors).toEqual([]);
  });

  it('fits 1366×768 without sideways scrolling, with the three panes side by side', async () => {
    const { page } = t;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    const boxes = await Promise.all(['#rv-outline', '#rv-docpane', '#rv-findings'].map((s) => page.locator(s).boundingBox()));
    expect(boxes.every(Boolean)).toBe(true);
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(boxes[1]!.x + 1);
    expect(boxes[1]!.x + boxes[1]!.width).toBeLessThanOrEqual(boxes[2]!.x + 1);
    expect(boxes[2]!.x + boxes[2]!.width).toBeLessThanOrEqual(1366);
    expect(boxes[1]!.width).toBeGreaterThan(600); // the document stays readable
  });
});

describe('审查: large screen', () => {
  it('uses the width of a 1920×1080 screen', async () => {
    const t = await openPage(browser, { width: 1920, height: 1080 });
    try {
      const { page } = t;
      // Pasted text instead of a file.
      await page.click('#rv-paste summary');
      await page.fill('#rv-text', readFileSync(fixture('seeds', '000.txt'), 'utf8'));
      await page.click('#rv-go');
      await page.waitForSelector('#rv-result:not([hidden])', { timeout: 90_000 });
      expect(await page.textContent('#rv-title')).toContain('粘贴的文本');
      expect(await page.locator('#rv-doc mark.hl.fam-duplicate').count()).toBeGreaterThanOrEqual(4);
      const docBox = (await page.locator('#rv-docpane').boundingBox())!;
      const listBox = (await page.locator('#rv-findings').boundingBox())!;
      expect(listBox.width).toBeGreaterThanOrEqual(440);
      expect(docBox.width).toBeGreaterThan(1000);
      await page.keyboard.press('j');
      await shot(page, 'review-06-large-screen');
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('审查: numeric findings', () => {
  it('shows the expression, stated vs computed (seed 002, 按功能分类 sums to 714.08, not 714.07)', async () => {
    const t = await openPage(browser);
    try {
      const { page } = t;
      await review(page, 'seeds/002.pdf');
      const item = page.locator('#rv-findings .fitem', { hasText: '合计与分项之和不一致' });
      expect(await item.count()).toBeGreaterThanOrEqual(1);
      await item.first().click();
      const calc = page.locator('#rv-findings .fdetail .calc');
      expect(await calc.locator('.expr').textContent()).toContain('= 714.08');
      expect(await calc.locator('.vs .stated b').textContent()).toBe('714.07');
      expect(await calc.locator('.vs .computed b').textContent()).toBe('714.08');
      expect(await page.locator('#rv-doc mark.hl.active.fam-number').count()).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog#detail');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await dialog.locator('.calc .expr').textContent()).toContain('523.39');
      await shot(page, 'review-04-number', { curate: true });
      await page.keyboard.press('Escape');
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('compares with a reference report and names it (002 against 000)', async () => {
    const t = await openPage(browser);
    try {
      const { page } = t;
      await review(page, 'seeds/002.pdf', { against: ['seeds/000.pdf'] });
      const item = page.locator('#rv-findings .fitem', { hasText: '与参照报告重复的段落' });
      expect(await item.count()).toBeGreaterThanOrEqual(1);
      expect(await page.textContent('#rv-summary')).toContain('000.pdf');
      await item.first().click();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog#detail');
      expect(await dialog.locator('.side.other h3').textContent()).toContain('000.pdf');
      expect(await dialog.locator('.side.here ins, .side.other del').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
    } finally {
      await t.close();
    }
  });
});
