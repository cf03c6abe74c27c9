// Runs inside workerd (the workers project): the same extractor, CMaps bundled as Data modules.
import { describe, expect, it } from 'vitest';
import { fixture, fixtureText } from '../../../test/fixtures-worker';
import { JixiaoError } from '../../errors';
import { GB1_CMAP_PATTERN } from './cmap-source';
import { GB1_CMAPS } from './cmaps-gb1.generated';
import { workerCMapSource } from './cmaps-worker';
import { extractPdf } from './extract-pdf';
import { mergeContinued, paragraphsOf } from './test-paragraphs';

const opts = { cmaps: workerCMapSource };

describe('extractPdf inside workerd', () => {
  it('runs in the Workers runtime', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
  });

  it('bundles the whole Adobe-GB1 CMap set as bytes, and nothing else', async () => {
    const names = Object.keys(GB1_CMAPS);
    expect(names).toEqual(expect.arrayContaining(['UniGB-UCS2-H', 'UniGB-UTF16-H', 'GBK-EUC-H', 'GBpc-EUC-H', 'GBT-H', 'GB-H', 'Adobe-GB1-UCS2']));
    expect(names.every((n) => GB1_CMAP_PATTERN.test(n))).toBe(true);
    const ucs2 = await workerCMapSource.load('UniGB-UCS2-H');
    expect(ucs2?.byteLength).toBeGreaterThan(40_000);
    expect(await workerCMapSource.load('UniJIS-UCS2-H')).toBeUndefined();
  });

  it('extracts the Chinese text of a PDF whose font is not embedded', async () => {
    const doc = await extractPdf(await fixture('pdf/nonembedded-cjk.pdf'), opts);
    expect(doc.pageCount).toBe(3);
    expect(mergeContinued(doc.blocks)).toEqual(paragraphsOf(await fixtureText('pdf/nonembedded-cjk.expected.txt')));
    expect(doc.blocks.some((b) => b.text.includes('本部门2021年度一般公共预算财政拨款支出'))).toBe(true);
    // Twice: the bundled CMap bytes must survive being handed to pdf.js.
    const again = await extractPdf(await fixture('pdf/nonembedded-cjk.pdf'), opts);
    expect(again.blocks).toEqual(doc.blocks);
  });

  it('gives seed 000 the same paragraphs, pages and page-break hints as in Node', async () => {
    const doc = await extractPdf(await fixture('seeds/000.pdf'), opts);
    expect(doc.pageCount).toBe(13);
    expect(mergeContinued(doc.blocks)).toEqual(paragraphsOf(await fixtureText('seeds/000.txt')));
    expect(doc.blocks.filter((b) => b.continues === true).map((b) => b.page)).toEqual([7, 9, 10, 12]);
    expect(doc.blocks.some((b) => /^-\s*\d+\s*-$/m.test(b.text))).toBe(false);
  });

  it.each([
    ['corrupt.pdf', 'PDF_CORRUPT', 'bad/corrupt.pdf'],
    ['encrypted.pdf', 'PDF_ENCRYPTED', 'bad/encrypted.pdf'],
    ['scanned.pdf', 'PDF_NO_TEXT', 'bad/scanned.pdf'],
    ['many-pages.pdf', 'TOO_MANY_PAGES', 'bad/many-pages.pdf'],
  ])('%s → %s', async (_name, code, pdf) => {
    const err = await extractPdf(await fixture(pdf), opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JixiaoError);
    expect((err as JixiaoError).code).toBe(code);
  });
});
