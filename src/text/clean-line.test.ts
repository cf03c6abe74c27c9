import { describe, expect, it } from 'vitest';
import { appendCleanLine, appendCleanLines } from './clean-line';
import { MappedString, originalSlice } from './mapped-string';

const clean = (s: string) => {
  const m = new MappedString();
  appendCleanLine(m, s, 0);
  return m.toString();
};

describe('appendCleanLine', () => {
  it('removes the spaces PDF extraction puts between CJK and digits or units', () => {
    expect(clean('本部门 2021 年度预算数 3,363.37 万元，完成 82.1% 。')).toBe('本部门2021年度预算数3,363.37万元，完成82.1%。');
    expect(clean('广东省广州市 花都区委员会部门整体支出 绩效自评报告')).toBe('广东省广州市花都区委员会部门整体支出绩效自评报告');
  });
  it('keeps one space between Latin words and between numbers', () => {
    expect(clean('Jixiao  checks   reports')).toBe('Jixiao checks reports');
    expect(clean('2165.98   153.56')).toBe('2165.98 153.56');
  });
  it('drops leading ideographic spaces used for indentation', () => {
    expect(clean('\u3000\u3000一是加强党的领导')).toBe('一是加强党的领导');
  });
});

describe('appendCleanLines', () => {
  it('joins the visual lines of a paragraph without spaces for Chinese', () => {
    const m = new MappedString();
    appendCleanLines(m, '根据广州市花都区财政局关于印发《广州市花都区预算绩效\n管理办法（试行）》的通知', 0);
    expect(m.toString()).toBe('根据广州市花都区财政局关于印发《广州市花都区预算绩效管理办法（试行）》的通知');
  });
  it('joins Latin lines with one space', () => {
    const m = new MappedString();
    appendCleanLines(m, 'performance\nreport', 0);
    expect(m.toString()).toBe('performance report');
  });
});

describe('offset map', () => {
  it('maps normalized spans back to the original text', () => {
    const original = '全年预算数 3,363.37 万元';
    const m = new MappedString();
    appendCleanLine(m, original, 0);
    const text = m.toString();
    const start = text.indexOf('3,363.37');
    expect(originalSlice(original, m.toOffsetMap(), start, start + '3,363.37万元'.length)).toBe('3,363.37 万元');
  });
});
