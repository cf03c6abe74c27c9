import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const sample = '本部门2021年度全年预算数3,363.37万元，完成全年预算的82.1%。';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toBe(sample);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(sample);
  });
  it('reads GB18030 and GBK files', () => {
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'gb18030')))).toBe(sample);
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'gbk')))).toBe(sample);
  });
  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'utf-16le', { addBOM: true })))).toBe(sample);
  });
  it('rejects bytes that are neither', () => {
    expect(() => decodeText(new Uint8Array([0x81, 0x20, 0xff, 0xfe, 0x80, 0x00, 0x01, 0x02]))).toThrow(expect.objectContaining({ code: 'TEXT_DECODE_FAILED' }));
  });
});
