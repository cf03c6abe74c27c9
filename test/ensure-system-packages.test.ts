// The first step of `npm test`: the Debian packages of .ci/apt-packages, installed as root, else one line to run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSystemPackages, LIST, missingPackages, readPackageList } from '../scripts/ensure-system-packages.mjs';

const list = join(mkdtempSync(join(tmpdir(), 'jixiao-apt-')), 'apt-packages');
writeFileSync(list, '# one package per line\nchromium\nfonts-noto-cjk   # CJK glyphs in screenshots\n\nlibreoffice-writer-nogui\n');

function run(opts: { uid: number; missing: string[][]; apt?: boolean }) {
  const lines: string[] = [];
  const apt: string[][] = [];
  let call = 0;
  const code = ensureSystemPackages({
    list,
    env: {},
    uid: opts.uid,
    missing: () => opts.missing[Math.min(call++, opts.missing.length - 1)],
    aptGet: (args) => (apt.push(args), opts.apt ?? true),
    log: (l) => lines.push(l),
  });
  return { code, lines, apt };
}

describe('ensure-system-packages', () => {
  it('reads every package of the list, comments and blank lines aside', () => {
    expect(readPackageList(readFileSync(list, 'utf8'))).toEqual(['chromium', 'fonts-noto-cjk', 'libreoffice-writer-nogui']);
    expect(readPackageList(readFileSync(LIST, 'utf8'))).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-cjk']));
  });

  it('does nothing when everything is installed', () => {
    expect(run({ uid: 1000, missing: [[]] })).toEqual({ code: 0, lines: [], apt: [] });
  });

  it('not root: fails with one line giving the command to run', () => {
    const r = run({ uid: 1000, missing: [['chromium']] });
    expect(r.code).toBe(1);
    expect(r.apt).toEqual([]);
    expect(r.lines).toEqual(['测试需要的系统软件包没有安装：chromium。请运行：sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk libreoffice-writer-nogui']);
  });

  it('root: installs exactly the missing packages with apt-get', () => {
    const r = run({ uid: 0, missing: [['chromium', 'libreoffice-writer-nogui'], []] });
    expect(r.code).toBe(0);
    expect(r.apt).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium', 'libreoffice-writer-nogui'],
    ]);
  });

  it('root: fails when apt-get fails or the packages are still missing', () => {
    expect(run({ uid: 0, missing: [['chromium']], apt: false }).code).toBe(1);
    const still = run({ uid: 0, missing: [['chromium'], ['chromium']] });
    expect(still.code).toBe(1);
    expect(still.lines.at(-1)).toContain('安装后仍缺少系统软件包：chromium');
  });

  it('asks dpkg which packages are missing', () => {
    const r = missingPackages(['dpkg', 'no-such-package-jixiao']);
    if (r === undefined) throw new Error('this test runs on Debian: dpkg-query is missing');
    expect(r).toEqual(['no-such-package-jixiao']);
  });
});
