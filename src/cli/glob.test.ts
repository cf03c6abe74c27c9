import { describe, expect, it } from 'vitest';
import { globToRegExp, isGlob, splitGlob } from './glob';

describe('globs', () => {
  it('tells patterns from paths', () => {
    expect(isGlob('报告/*.pdf')).toBe(true);
    expect(isGlob('a/{b,c}.txt')).toBe(true);
    expect(isGlob('报告/2021年.pdf')).toBe(false);
  });

  it('splits off the folder to walk', () => {
    expect(splitGlob('reports/2021/**/*.pdf')).toEqual({ base: 'reports/2021', rest: '**/*.pdf' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', rest: '*.txt' });
    expect(splitGlob('/srv/*/a.pdf')).toEqual({ base: '/srv', rest: '*/a.pdf' });
  });

  it.each([
    ['*.pdf', '报告.pdf', true],
    ['*.pdf', 'sub/报告.pdf', false],
    ['**/*.pdf', '报告.pdf', true],
    ['**/*.pdf', 'a/b/报告.pdf', true],
    ['**/*.pdf', 'a/b/报告.pdfx', false],
    ['20??/*.txt', '2021/x.txt', true],
    ['20??/*.txt', '21/x.txt', false],
    ['*.{pdf,docx}', 'x.docx', true],
    ['*.{pdf,docx}', 'x.txt', false],
    ['[0-9]*.txt', '000.txt', true],
    ['[!0-9]*.txt', '000.txt', false],
    ['a+b (1).txt', 'a+b (1).txt', true],
    ['a/**', 'a/b/c.txt', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
