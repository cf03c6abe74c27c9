import { describe, expect, it } from 'vitest';
import { looksLikePageNumber, removePageFurniture } from './furniture';
import { itemsToLines, type Line, type PdfTextItem } from './lines';
import { linesToBlocks, tableCells } from './paragraphs';

// A synthetic A4 page: body from x=80 to x=520 (27.5 CJK characters of 16 pt), 28 pt line pitch.
const SIZE = 16;
const LEFT = 80;
const TOP = 760;
const FULL = 27; // characters in a full line (ends 8 pt short of RIGHT, as justified text may)

function item(str: string, x: number, y: number, size = SIZE, width = [...str].length * size): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: false };
}

/** CJK filler of n characters (distinct, so lines never look identical). */
let seq = 0;
function cjk(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCodePoint(0x4e00 + ((seq++ * 7) % 20000));
  return s;
}

type Spec = string | { text: string; indent?: number; x?: number; size?: number; gap?: number };

/** One page of lines, top to bottom; a string is a flush-left line. */
function page(specs: Spec[]): PdfTextItem[] {
  let y = TOP;
  return specs.map((spec, i) => {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    if (i > 0) y -= s.gap ?? 28;
    const x = s.x ?? LEFT + (s.indent ?? 0) * SIZE;
    return item(s.text, x, y, s.size ?? SIZE);
  });
}

/** A paragraph of `lines` lines: indented first line, full middle lines, a short last line. */
function para(lines: number, opts: { indent?: number; lastLen?: number; end?: string } = {}): Spec[] {
  const indent = opts.indent ?? 2;
  const out: Spec[] = [];
  for (let i = 0; i < lines; i++) {
    const last = i === lines - 1;
    const len = last ? (opts.lastLen ?? 10) : i === 0 ? FULL - indent : FULL;
    const text = last ? cjk(len - 1) + (opts.end ?? '。') : cjk(len);
    out.push(i === 0 ? { text, indent } : text);
  }
  return out;
}

const blocksOf = (...pages: Spec[][]) => linesToBlocks(removePageFurniture(pages.map((p) => itemsToLines(page(p)))));

describe('page numbers', () => {
  it.each(['- 3 -', '— 3 —', '-3-', '第 3 页', '第3页 共10页', '共10页 第3页', '3/10', 'Page 3 of 10'])('%s is explicit', (t) => {
    expect(looksLikePageNumber(t)).toBe('explicit');
  });
  it.each(['2021年', '3.5', '一、基本情况', '- 3 - 附件', '第三章'])('%s is not a page number', (t) => {
    expect(looksLikePageNumber(t)).toBeUndefined();
  });

  it('drops explicit and isolated bare page numbers at the top or bottom, keeps them elsewhere', () => {
    const body = para(3);
    const blocks = blocksOf([...body, { text: '- 1 -', x: 290, gap: 120 }], [{ text: '2', x: 296 }, { text: cjk(20), indent: 2, gap: 90 }, ...para(2)]);
    const texts = blocks.map((b) => b.text);
    expect(texts.some((t) => /^- 1 -$|^2$/m.test(t))).toBe(false);
    // A bare number inside the text stays.
    const kept = blocksOf([...para(2), { text: '3', indent: 2 }, ...para(2)]);
    expect(kept.map((b) => b.text)).toContain('3');
  });

  it('drops a running header repeated at the same place on most pages', () => {
    const header = { text: '花都区政协2021年度部门整体支出绩效自评报告', x: 150, size: 10.5 };
    const pages = [1, 2, 3, 4].map((n) => [header, { ...(para(3)[0] as object), gap: 40 } as Spec, ...para(3).slice(1), { text: `第 ${n} 页`, x: 280, gap: 100 }]);
    const blocks = blocksOf(...pages);
    expect(blocks.some((b) => b.text.includes('自评报告') || b.text.includes('页'))).toBe(false);
  });
});

describe('paragraphs from lines', () => {
  it('splits on first-line indent, short last lines and heading markers; joins lines with \\n', () => {
    const blocks = blocksOf([{ text: '一、基本情况', indent: 2 }, ...para(3), ...para(2), { text: '（一）部门概况', indent: 2 }, ...para(4)]);
    expect(blocks.map((b) => b.text.split('\n').length)).toEqual([1, 3, 2, 1, 4]);
    expect(blocks[0]!.text).toBe('一、基本情况');
    expect(blocks.every((b) => b.page === 1)).toBe(true);
  });

  it('splits unindented paragraphs by a short last line or a larger vertical gap', () => {
    const a = [cjk(FULL), cjk(FULL), cjk(FULL) + '。'];
    const blocks = blocksOf([...a, { text: cjk(FULL), gap: 50 }, cjk(8) + '。', cjk(FULL), cjk(5)]);
    expect(blocks.map((b) => b.text.split('\n').length)).toEqual([3, 2, 2]);
  });

  it('does not split at a line that starts with a number inside a sentence', () => {
    const blocks = blocksOf([{ text: cjk(FULL - 2), indent: 2 }, cjk(FULL), '1.5' + cjk(10) + '。']);
    expect(blocks).toHaveLength(1);
  });

  it('treats a line ending short only by an unbreakable number as a full line', () => {
    // "…支出" + "2,760.71万元" does not fit: the line breaks early before the number.
    const blocks = blocksOf([{ text: cjk(FULL - 2), indent: 2 }, { text: cjk(FULL - 3) }, { text: '2,760.71' + cjk(6) + '。', x: LEFT }]);
    expect(blocks).toHaveLength(1);
  });

  it('keeps a hanging-indent list item together', () => {
    const blocks = blocksOf(['1.' + cjk(FULL - 2), { text: cjk(FULL - 2), indent: 2 }, { text: cjk(10) + '。', indent: 2 }, ...para(2)]);
    expect(blocks.map((b) => b.text.split('\n').length)).toEqual([3, 2]);
  });

  it('splits where the font size changes (a title above the body)', () => {
    const blocks = blocksOf([{ text: cjk(12), x: 150, size: 22 }, { ...(para(2)[0] as object), gap: 40 } as Spec, para(2)[1]!]);
    expect(blocks).toHaveLength(2);
  });
});

describe('page breaks', () => {
  it('marks a paragraph that runs on to the next page (continues: true)', () => {
    const p1 = [...para(3), { text: cjk(FULL - 2), indent: 2 }, cjk(FULL)]; // ends full, mid-sentence
    const p2 = [cjk(12) + '。', ...para(2)];
    const blocks = blocksOf(p1, p2);
    const first2 = blocks.find((b) => b.page === 2)!;
    expect(first2.continues).toBe(true);
  });

  it('marks a new paragraph at the top of a page (continues: false)', () => {
    const blocks = blocksOf([...para(3), ...para(2)], [...para(2), ...para(2)]);
    expect(blocks.find((b) => b.page === 2)!.continues).toBe(false);
  });

  it('says false for a heading and leaves it open when only punctuation could decide', () => {
    const endFull = [...para(2), { text: cjk(FULL - 2), indent: 2 }, cjk(FULL - 1) + '。'];
    const heading = blocksOf(endFull, [{ text: '二、综合评价分析', indent: 2 }, ...para(2)]);
    expect(heading.find((b) => b.page === 2)!.continues).toBe(false);
    // No first-line indents anywhere: a full line ending in 。 may or may not end the paragraph.
    const flat = [cjk(FULL), cjk(FULL - 1) + '。'];
    const unsure = blocksOf([cjk(FULL), cjk(5) + '。', ...flat], [cjk(FULL), cjk(5) + '。']);
    expect(unsure.find((b) => b.page === 2)!.continues).toBeUndefined();
  });
});

describe('tables and odd layouts', () => {
  function tableLine(cells: [string, number][], y = TOP): Line {
    return itemsToLines(cells.map(([t, x]) => item(t, x, y, 12, [...t].length * 7)))[0]!;
  }

  it('recognises a row of separated cells with numbers', () => {
    const row = tableLine([
      ['合计', 80],
      ['2165.98', 180],
      ['153.56', 260],
      ['2287.19', 340],
      ['98.61%', 420],
    ]);
    expect(tableCells(row)).toEqual(['合计', '2165.98', '153.56', '2287.19', '98.61%']);
  });

  it('is conservative: no numbers, a TOC page number, or letters spread out are not rows', () => {
    expect(
      tableCells(
        tableLine([
          ['资金来源', 80],
          ['年初预算数', 180],
          ['预算调整数', 280],
        ]),
      ),
    ).toBeUndefined();
    expect(
      tableCells(
        tableLine([
          ['一、基本情况', 80],
          ['3', 480],
        ]),
      ),
    ).toBeUndefined();
    expect(
      tableCells(
        tableLine([
          ['2', 80],
          ['0', 140],
          ['2', 200],
          ['1', 260],
        ]),
      ),
    ).toBeUndefined();
    expect(
      tableCells(
        tableLine([
          ['预算执行率', 80],
          ['98.61%', 400],
        ]),
      ),
    ).toEqual(['预算执行率', '98.61%']);
  });

  it('emits table rows as table-row blocks between paragraphs', () => {
    const items = [
      ...page([...para(2)]),
      ...[
        ['合计', 80],
        ['2165.98', 200],
        ['153.56', 300],
        ['98.61%', 420],
      ].map(([t, x]) => item(t as string, x as number, TOP - 80, SIZE, [...(t as string)].length * 9)),
    ];
    const blocks = linesToBlocks([itemsToLines(items)]);
    expect(blocks.map((b) => b.kind)).toEqual([undefined, 'table-row']);
    expect(blocks[1]).toMatchObject({ cells: ['合计', '2165.98', '153.56', '98.61%'], text: '合计 2165.98 153.56 98.61%', page: 1 });
  });

  it('reads text set in a quarter-turned frame, and drops a diagonal watermark', () => {
    // Text running bottom-to-top: baseline along +y, lines stacked along +x.
    const turned = (str: string, e: number, f: number): PdfTextItem => ({
      str,
      transform: [0, SIZE, -SIZE, 0, e, f],
      width: [...str].length * SIZE,
      height: SIZE,
    });
    const lines = itemsToLines([turned('第一行文字', 100, 80), turned('第二行', 128, 80), { str: '样稿', transform: [30, 30, -30, 30, 200, 300], width: 60, height: 42 }]);
    expect(lines.map((l) => l.text)).toEqual(['第一行文字', '第二行']);
  });

  it('keeps one copy of text overprinted for fake bold', () => {
    const lines = itemsToLines([item('一、基本情况', 80, TOP), item('一、基本情况', 80.3, TOP)]);
    expect(lines.map((l) => l.text)).toEqual(['一、基本情况']);
  });
});
