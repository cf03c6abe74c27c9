import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRK_CLAUSE, BRK_COLON, BRK_NONE, BRK_REGION, BRK_SENTENCE, buildMatchView, maskDigits, sourceToView, viewIndexAt, viewToSource } from './match-text';

describe('buildMatchView', () => {
  it('drops whitespace and Chinese/ASCII punctuation, folds full-width and case', () => {
    const v = buildMatchView('聚焦推动“数字政府”建设，就打造《掌上办事》（试点）…… ＡＢｃ! 、；：？！‘’—');
    expect(v.text).toBe('聚焦推动数字政府建设就打造掌上办事试点abc');
  });

  it('maps every view char back to its source char', () => {
    const src = '一、 “四个 意识”，两个维护。';
    const v = buildMatchView(src);
    expect(v.text).toBe('一四个意识两个维护');
    for (let i = 0; i < v.text.length; i++) expect(src[v.start[i] as number]).toBe(v.text[i]);
  });

  it('keeps numbers (decimal point kept, thousands separators dropped) and %', () => {
    const src = '预算数 3,363.37 万元，完成 82.1%，共１２件';
    expect(buildMatchView(src).text).toBe('预算数3363.37万元完成82.1%共12件');
  });

  it('masks every number (with separators, decimals and %) to one placeholder', () => {
    const src = '预算数 3,363.37 万元，完成 82.1%，共１２件，2021 年';
    const v = buildMatchView(src, undefined, { maskNumbers: true });
    expect(v.text).toBe('预算数#万元完成#共#件#年');
    const i = v.text.indexOf('#');
    expect(src.slice(v.start[i], v.end[i])).toBe('3,363.37');
    const j = v.text.indexOf('#', i + 1);
    expect(src.slice(v.start[j], v.end[j])).toBe('82.1%');
    expect(maskDigits(buildMatchView(src).text)).toBe(v.text);
  });

  it('a list marker "1." is a number followed by a boundary, not a decimal', () => {
    const v = buildMatchView('1.围绕中心');
    expect(v.text).toBe('1围绕中心');
    expect(v.brk[1]).toBe(BRK_SENTENCE);
  });

  it('records clause, sentence and region boundaries', () => {
    const src = '甲乙，丙丁。戊己、庚：癸\n\n辛壬';
    const v = buildMatchView(src, [
      { start: 0, end: 12 },
      { start: 14, end: 16 },
    ]);
    expect(v.text).toBe('甲乙丙丁戊己庚癸辛壬');
    expect([...v.brk]).toEqual([BRK_REGION, 0, BRK_CLAUSE, 0, BRK_SENTENCE, 0, BRK_NONE, BRK_COLON, BRK_REGION, 0, BRK_REGION]);
    const w = buildMatchView('甲乙。\n\n丙丁；');
    expect([...w.brk]).toEqual([BRK_REGION, 0, BRK_SENTENCE, 0, BRK_SENTENCE | BRK_REGION]);
    const u = buildMatchView('甲乙，丙丁', [
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect([...u.brk]).toEqual([BRK_REGION, 0, BRK_CLAUSE | BRK_REGION, 0, BRK_REGION]);
    expect([...v.regionStarts]).toEqual([0, 8]);
  });

  it('source mapping is monotone and each view char equals its folded source', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'政协，。“”（）12.3%，,ＡＢ 　\n、'), maxLength: 50 }), (src) => {
        const v = buildMatchView(src);
        for (let i = 1; i < v.text.length; i++) expect(v.start[i]).toBeGreaterThanOrEqual(v.end[i - 1] as number);
        for (let i = 0; i < v.text.length; i++) expect((v.end[i] as number) - (v.start[i] as number)).toBe(1);
      }),
    );
  });
});

describe('viewToSource / sourceToView', () => {
  const src = '区政协“一办六委”：“一办”是区政协办公室。后文';
  const v = buildMatchView(src);

  it('maps a view range to the exact source span from first to last char', () => {
    const i = v.text.indexOf('一办六委');
    expect(src.slice(viewToSource(v, i, i + 4).start, viewToSource(v, i, i + 4).end)).toBe('一办六委');
  });

  it('widens over adjacent quotes/brackets and sentence-final punctuation when given the source', () => {
    const i = v.text.indexOf('一办是区政协办公室');
    const s = viewToSource(v, i, i + 9, src);
    expect(src.slice(s.start, s.end)).toBe('“一办”是区政协办公室。');
    const j = v.text.indexOf('一办六委');
    const t = viewToSource(v, j, j + 4, src);
    expect(src.slice(t.start, t.end)).toBe('“一办六委”'); // stops before '：'
  });

  it('round-trips through sourceToView and viewIndexAt', () => {
    const i = v.text.indexOf('区政协办公室');
    const span = viewToSource(v, i, i + 6);
    expect(sourceToView(v, span)).toEqual([i, i + 6]);
    expect(viewIndexAt(v, 0)).toBe(0);
    expect(viewIndexAt(v, src.length)).toBe(v.text.length);
  });
});
