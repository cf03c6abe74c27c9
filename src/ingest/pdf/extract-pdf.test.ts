import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JixiaoError } from '../../errors';
import type { RawBlock } from '../../model/raw';
import { nodeCMapSource } from './cmaps-node';
import { extractPdf } from './extract-pdf';
import { mergeContinued, paragraphsOf, strip } from './test-paragraphs';
import { cpuMs } from '../../../test/cpu-clock';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));
const text = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const cmaps = nodeCMapSource();

const firstBlocksOfPages = (blocks: RawBlock[]) => blocks.filter((b, i) => i > 0 && blocks[i - 1]!.page !== b.page);

async function errorCode(bytes: Uint8Array): Promise<string> {
  try {
    await extractPdf(bytes, { cmaps });
  } catch (err) {
    expect(err).toBeInstanceOf(JixiaoError);
    return (err as JixiaoError).code;
  }
  return 'no error';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractPdf: LibreOffice PDFs of the seeds (embedded fonts)', () => {
  it('000: every seed paragraph is one block, or two blocks joined by continues:true at a page break', async () => {
    const doc = await extractPdf(fixture('seeds/000.pdf'), { cmaps });
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(13);
    expect(mergeContinued(doc.blocks)).toEqual(paragraphsOf(text('seeds/000.txt')));
    // The four paragraphs that LibreOffice split across pages (fixtures/README.md).
    const continued = doc.blocks.filter((b) => b.continues === true);
    expect(continued.map((b) => b.page)).toEqual([7, 9, 10, 12]);
    expect(strip(continued[3]!.text).startsWith('刊物发表新闻信息和理论文章')).toBe(true);
    // Every other page starts a new paragraph, and says so.
    for (const b of firstBlocksOfPages(doc.blocks)) expect(b.continues).toBeDefined();
  });

  it.each(['001', '002', '003', '004'])('%s: blocks match the seed paragraphs', async (n) => {
    const doc = await extractPdf(fixture(`seeds/${n}.pdf`), { cmaps });
    expect(mergeContinued(doc.blocks)).toEqual(paragraphsOf(text(`seeds/${n}.txt`)));
  });

  it('keeps the visual lines of a paragraph as \\n-separated lines, without adding spaces', async () => {
    const doc = await extractPdf(fixture('seeds/000.pdf'), { cmaps });
    const para = doc.blocks.find((b) => b.text.startsWith('中国人民政治协商会议'))!;
    expect(para.text.split('\n').length).toBeGreaterThan(2);
    // 82.1% is broken across two lines by LibreOffice ("…的 8" / "2.1%。"): joined, it is whole.
    const budget = doc.blocks.find((b) => b.text.includes('全年预算数'))!;
    expect(budget.text.replace(/\n/g, '')).toContain('82.1%');
    // Spaces pdf.js reports between CJK and digits are kept (normalization removes them later).
    expect(budget.text).toMatch(/2021 年度/);
  });

  it('drops page-number footers of every style', async () => {
    const footers: Record<string, RegExp> = {
      '000': /^-\s*\d+\s*-$/, // - 1 -
      '002': /^—\s*\d+\s*—$/, // — 1 —
      '003': /^第\s*\d+\s*页\s*共\s*\d+\s*页$/, // 第 1 页 共 7 页
    };
    for (const [n, re] of Object.entries(footers)) {
      const doc = await extractPdf(fixture(`seeds/${n}.pdf`), { cmaps });
      const lines = doc.blocks.flatMap((b) => b.text.split('\n').map((l) => l.trim()));
      expect(lines.filter((l) => re.test(l) || /^\d+$/.test(l))).toEqual([]);
    }
  });

  it('sets a 1-based page on every block, in reading order', async () => {
    const doc = await extractPdf(fixture('seeds/000.pdf'), { cmaps });
    const pages = doc.blocks.map((b) => b.page);
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBe(13);
    expect(pages.every((p, i) => p !== undefined && (i === 0 || p >= pages[i - 1]!))).toBe(true);
    expect(new Set(pages).size).toBe(13);
    const heading = doc.blocks.find((b) => b.text === '三、存在的主要问题');
    expect(heading?.page).toBe(13);
  });

  it('joins a title set on two centred lines into one block', async () => {
    const doc = await extractPdf(fixture('seeds/000.pdf'), { cmaps });
    expect(strip(doc.blocks[1]!.text)).toBe('2021年中国人民政治协商会议广东省广州市花都区委员会部门整体支出绩效自评报告');
    expect(doc.blocks[1]!.text).toContain('\n');
  });
});

describe('extractPdf: CJK font not embedded (STSong-Light, UniGB-UCS2-H)', () => {
  it('yields its Chinese text through the predefined CMaps', async () => {
    const doc = await extractPdf(fixture('pdf/nonembedded-cjk.pdf'), { cmaps });
    expect(doc.pageCount).toBe(3);
    expect(mergeContinued(doc.blocks)).toEqual(paragraphsOf(text('pdf/nonembedded-cjk.expected.txt')));
    expect(doc.blocks.map((b) => b.text)).toContain('一、基本情况');
    expect(doc.blocks.filter((b) => b.continues === true).map((b) => b.page)).toEqual([2, 3]);
  });

  it('fails with PDF_NO_TEXT, naming the CMap, when the CMap source lacks it', async () => {
    const err = await extractPdf(fixture('pdf/nonembedded-cjk.pdf'), { cmaps: { load: async () => undefined } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JixiaoError);
    expect((err as JixiaoError).code).toBe('PDF_NO_TEXT');
    expect((err as JixiaoError).details).toEqual({ missingCMaps: ['UniGB-UCS2-H'] });
  });
});

describe('extractPdf: bad inputs', () => {
  it.each([
    ['bad/corrupt.pdf', 'PDF_CORRUPT'],
    ['bad/corrupt-garbage.pdf', 'PDF_CORRUPT'],
    ['bad/empty.pdf', 'PDF_CORRUPT'],
    ['bad/random.bin', 'PDF_CORRUPT'],
    ['bad/encrypted.pdf', 'PDF_ENCRYPTED'],
    ['bad/scanned.pdf', 'PDF_NO_TEXT'],
    ['bad/many-pages.pdf', 'TOO_MANY_PAGES'],
  ])('%s → %s', async (path, code) => {
    expect(await errorCode(fixture(path))).toBe(code);
  });

  it('opens a PDF that has only an owner password', async () => {
    const doc = await extractPdf(fixture('bad/encrypted-owner-only.pdf'), { cmaps });
    expect(doc.blocks.length).toBeGreaterThan(3);
    expect(doc.blocks.map((b) => b.text).join('')).toContain('部门整体支出绩效自评报告');
  });

  it('reports the page count for TOO_MANY_PAGES without reading the pages', async () => {
    const started = cpuMs();
    const err = (await extractPdf(fixture('bad/many-pages.pdf'), { cmaps }).catch((e: unknown) => e)) as JixiaoError;
    expect(err.details).toEqual({ pages: 501, max: 500 });
    expect(cpuMs() - started).toBeLessThan(2000);
  });
});

describe('extractPdf: behaviour around pdf.js', () => {
  it('prints nothing to stdout or the console, even for broken files', async () => {
    const spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'info'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(process.stdout, 'write')];
    for (const path of ['seeds/002.pdf', 'pdf/nonembedded-cjk.pdf', 'bad/corrupt.pdf', 'bad/scanned.pdf', 'bad/encrypted.pdf']) {
      await extractPdf(fixture(path), { cmaps }).catch(() => undefined);
    }
    await extractPdf(fixture('pdf/nonembedded-cjk.pdf'), { cmaps: { load: async () => undefined } }).catch(() => undefined);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('leaves the caller’s bytes intact and handles documents concurrently', async () => {
    const a = fixture('seeds/002.pdf');
    const b = fixture('pdf/nonembedded-cjk.pdf');
    const [da, db] = await Promise.all([extractPdf(a, { cmaps }), extractPdf(b, { cmaps })]);
    expect(a.byteLength).toBeGreaterThan(1000);
    expect(b.byteLength).toBeGreaterThan(1000);
    expect(da.pageCount).toBe(7);
    expect(db.pageCount).toBe(3);
    const again = await extractPdf(a, { cmaps });
    expect(again.blocks).toEqual(da.blocks);
  });

  it('parses a 13-page report well within a few seconds (about 0.2 s on an idle machine)', async () => {
    await extractPdf(fixture('seeds/001.pdf'), { cmaps }); // pdf.js loaded and warm
    const started = cpuMs();
    await extractPdf(fixture('seeds/000.pdf'), { cmaps });
    expect(cpuMs() - started).toBeLessThan(3000);
  });
});
