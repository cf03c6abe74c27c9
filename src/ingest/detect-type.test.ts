import { describe, expect, it } from 'vitest';
import { detectType } from './detect-type';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('detectType', () => {
  it('recognises PDF, DOCX and text from their bytes', () => {
    expect(detectType(ascii('%PDF-1.7\n...'))).toBe('pdf');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii('....[Content_Types].xml....word/document.xml')]);
    expect(detectType(zip)).toBe('docx');
    expect(detectType(ascii('一、基本情况'))).toBe('txt');
    // OLE2 (Word 97–2003 and other old Office files): reading it tells a .doc from the rest
    expect(detectType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('doc');
  });
  it.each([
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /图片/],
    ['an xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii('xl/workbook.xml')]), /Excel/],
    ['a plain zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii('data.csv')]), /压缩包/],
    ['binary noise', new Uint8Array([1, 2, 0, 4, 5, 0, 7, 8]), /不支持的文件类型/],
  ])('rejects %s with UNSUPPORTED_TYPE and a hint', (_, bytes, hint) => {
    expect(() => detectType(bytes)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TYPE', message: expect.stringMatching(hint) }));
  });
});
