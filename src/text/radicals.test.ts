import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/ingest';
import { originalSlice } from './mapped-string';
import { unifyRadicals } from './radicals';

describe('radicals in extracted text', () => {
  it('maps Kangxi and supplement radicals back to the ideographs (simplified where it matters)', () => {
    // As Chrome/Skia writes 中国人民政治协商会议…部门整体支出 with Noto CJK SC.
    expect(unifyRadicals('中国⼈⺠政治协商会议⼴东省⼴州市花都区委员会部⻔整体⽀出绩效⾃评报告')).toBe('中国人民政治协商会议广东省广州市花都区委员会部门整体支出绩效自评报告');
    expect(unifyRadicals('⼀、基本情况 ⼊⼾ ⾭年 ⿈埔')).toBe('一、基本情况 入户 青年 黄埔');
    expect(unifyRadicals('2021年 plain text，。')).toBe('2021年 plain text，。');
  });

  it('is applied once at ingest for every format, keeping offsets to the original', async () => {
    const doc = await ingestText('⼀、基本情况\n\n中国⼈⺠政治协商会议的预算数 100 万元。');
    expect(doc.sections[0]!.title).toBe('一、基本情况');
    const i = doc.text.indexOf('人民');
    expect(originalSlice(doc.original, doc.offsetMap, i, i + 2)).toBe('⼈⺠');
  });
});
