// Each bad input gets the same code from the CLI as from the API, exit code 2, and no crash.
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/seeds';
import { EXIT, run } from './main';

async function parseJson(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['parse', file, '--format', 'json'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe('jixiao parse on bad files', () => {
  it.each([
    ['empty.txt', 'EMPTY_FILE'],
    ['empty.pdf', 'EMPTY_FILE'],
    ['corrupt.pdf', 'PDF_CORRUPT'],
    ['corrupt-garbage.pdf', 'PDF_CORRUPT'],
    ['encrypted.pdf', 'PDF_ENCRYPTED'],
    ['scanned.pdf', 'PDF_NO_TEXT'],
    ['many-pages.pdf', 'TOO_MANY_PAGES'],
    ['encrypted.doc', 'DOC_ENCRYPTED'],
    ['corrupt.doc', 'DOC_CORRUPT'],
    ['image.png', 'UNSUPPORTED_TYPE'],
    ['random.bin', 'UNSUPPORTED_TYPE'],
    ['not-a-docx.zip', 'UNSUPPORTED_TYPE'],
  ])('%s → %s', async (name, code) => {
    const r = await parseJson(fixturePath('bad', name));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.out).toHaveLength(1);
    const body = JSON.parse(r.out[0]!);
    expect(body.error.code).toBe(code);
    expect(r.err[0]).toBe(`错误（${code}）：${body.error.message}`);
  });

  it('opens a PDF that only has an owner password', async () => {
    const r = await parseJson(fixturePath('bad', 'encrypted-owner-only.pdf'));
    expect(r.code).toBe(EXIT.OK);
  });

  it('reads GB18030, BOM and CRLF text the same as UTF-8', async () => {
    const texts = [];
    for (const f of ['000-gb18030.txt', '000-utf8-bom.txt', '000-crlf.txt']) {
      const r = await parseJson(fixturePath('txt', f));
      texts.push(JSON.parse(r.out[0]!).text);
    }
    const plain = JSON.parse((await parseJson(fixturePath('seeds', '000.txt'))).out[0]!).text;
    expect(texts).toEqual([plain, plain, plain]);
  });

  it('FILE_TOO_LARGE for a file over 20 MB', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const p = join(mkdtempSync(join(tmpdir(), 'jixiao-big-')), 'big.txt');
    writeFileSync(p, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41));
    expect(JSON.parse((await parseJson(p)).out[0]!).error.code).toBe('FILE_TOO_LARGE');
  });
});
