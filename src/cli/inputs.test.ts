import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './inputs';

const root = mkdtempSync(join(tmpdir(), 'jixiao-inputs-'));
const put = (...parts: string[]) => {
  const p = join(root, ...parts);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, 'x');
  return p;
};
const a = put('2021', 'a.pdf');
const b = put('2021', 'sub', 'b.DOCX');
const c = put('2022', 'c.txt');
put('2022', 'notes.md');
put('2022', '.hidden', 'h.txt');
put('2022', 'node_modules', 'n.txt');
const empty = join(root, 'empty');
mkdirSync(join(empty, 'deeper'), { recursive: true });
put('empty', 'deeper', 'readme.md');
symlinkSync(c, join(root, '2021', 'link.txt'));

describe('expandInputs', () => {
  it('takes a folder as its report files, recursively and in name order', async () => {
    expect(await expandInputs([join(root, '2021')])).toEqual([a, join(root, '2021', 'link.txt'), b]);
    expect(await expandInputs([join(root, '2022')])).toEqual([c]);
  });

  it('keeps a named file whatever its name, and each file once', async () => {
    const md = join(root, '2022', 'notes.md');
    expect(await expandInputs([md, c, join(root, '2022'), c])).toEqual([md, c]);
  });

  it('expands glob patterns to report files', async () => {
    expect(await expandInputs([`${root}/**/*.pdf`])).toEqual([a]);
    expect(await expandInputs([`${root}/*/*.{txt,pdf}`])).toEqual([a, join(root, '2021', 'link.txt'), c]);
    expect(await expandInputs([`${root}/20?2/*`])).toEqual([c]);
  });

  it('FILE_NOT_FOUND for a missing path, a folder without reports and a pattern matching nothing', async () => {
    await expect(expandInputs([join(root, 'nope.pdf')])).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: expect.stringContaining('找不到文件') });
    await expect(expandInputs([empty])).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: expect.stringContaining('目录中没有') });
    await expect(expandInputs([`${root}/**/*.xlsx`])).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: expect.stringContaining('没有与') });
  });
});
