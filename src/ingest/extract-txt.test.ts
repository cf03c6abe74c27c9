import { describe, expect, it } from 'vitest';
import { extractPastedText, extractTxt } from './extract-txt';

describe('extractPastedText', () => {
  it('reads pasted text as extractTxt reads the same text saved as UTF-8 (BOM, CRLF, form feed, lone surrogates)', () => {
    for (const text of [
      '一、部门概况\r\n全年预算数3,363.37万元。\r\n\r\n二、绩效目标',
      '\ufeff标题\n正文第一行\f第二页',
      '孤立的代理项\ud800在中间，结尾\udc00',
      '\ufeff\ufeff两个 BOM',
      '\ufeff\ufeff\ufeff三个 BOM',
      '',
    ]) {
      expect(extractPastedText(text)).toEqual(extractTxt(new TextEncoder().encode(text)));
    }
  });
});
