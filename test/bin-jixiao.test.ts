// bin/jixiao.mjs as a process: the shell line that starts the project's Node 22, the Node
// re-run (what an old system Node does) with its signal forwarding, and the bundle check.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIsFresh } from '../scripts/build-cli.mjs';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'jixiao.mjs');
const NODE22 = join(ROOT, 'node_modules', '.bin', 'node');
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-bin-'));

/** A stand-in for the Node 22 executable: a shell script (what JIXIAO_NODE may name). */
function fakeNode(name: string, body: string): string {
  const p = join(tmp, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
}

const waitFor = async (cond: () => boolean, ms = 10_000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Starts `node bin/jixiao.mjs …` with the given re-run executable; resolves to how it ended. */
function wrapper(node: string, args: string[]) {
  const child = spawn(NODE22, [BIN, ...args], { env: { ...process.env, JIXIAO_NODE: node, JIXIAO_CHILD: '' }, stdio: 'ignore' });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, done };
}

describe('bin/jixiao.mjs re-running itself with another Node', () => {
  it("passes the arguments on and exits with the child's status", async () => {
    const out = join(tmp, 'args.txt');
    const node = fakeNode('exit3', `printf '%s\\n' "$@" > ${out}; exit 3`);
    const { done } = wrapper(node, ['check', '报告 一.pdf', '--format', 'json']);
    expect(await done).toEqual({ code: 3, signal: null });
    expect(readFileSync(out, 'utf8').split('\n').slice(0, 5)).toEqual([BIN, 'check', '报告 一.pdf', '--format', 'json']);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)("forwards %s to the child and exits with the child's status", async (signal) => {
    const ready = join(tmp, `ready-${signal}`);
    const got = join(tmp, `got-${signal}`);
    const node = fakeNode(`trap-${signal}`, `trap 'echo ${signal} > ${got}; exit 42' ${signal.slice(3)}\ntouch ${ready}\nwhile :; do sleep 0.05; done`);
    const { child, done } = wrapper(node, ['check', 'x.txt']);
    await waitFor(() => existsSync(ready));
    child.kill(signal);
    expect(await done).toEqual({ code: 42, signal: null });
    expect(readFileSync(got, 'utf8').trim()).toBe(signal);
  });

  it('dies of the signal that killed the child', async () => {
    const ready = join(tmp, 'ready-plain');
    const node = fakeNode('plain', `touch ${ready}\nexec sleep 30`);
    const { child, done } = wrapper(node, []);
    await waitFor(() => existsSync(ready));
    await new Promise((r) => setTimeout(r, 100)); // let `exec sleep` replace the shell
    child.kill('SIGTERM');
    expect(await done).toEqual({ code: null, signal: 'SIGTERM' });
  });

  it('runs the CLI in the real Node 22', () => {
    const r = spawnSync(NODE22, [BIN, '--help'], { env: { ...process.env, JIXIAO_NODE: NODE22, JIXIAO_CHILD: '' }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('jixiao check <文件、目录或通配符...>');
  });
});

describe('bin/jixiao.mjs as a program', () => {
  it('starts through its shell line, from a symlink too, and keeps the exit code', () => {
    const r = spawnSync(BIN, ['parse'], { encoding: 'utf8', env: { ...process.env, JIXIAO_CHILD: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('错误（USAGE）');
    const link = join(tmp, 'bin-link');
    spawnSync('ln', ['-s', BIN, link]);
    const viaLink = spawnSync(link, ['--help'], { encoding: 'utf8' });
    expect(viaLink.status).toBe(0);
    expect(viaLink.stdout).toContain('用法：');
    expect(viaLink.stderr).toBe(''); // the shell line itself prints nothing
    expect(r.stderr).toMatch(/^错误（USAGE）/);
  });
});

describe("the bundle's freshness", () => {
  function fakeRoot() {
    const root = mkdtempSync(join(tmp, 'root-'));
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export {}');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'src', 'a.ts'), old, old);
    writeFileSync(join(root, 'dist', 'cli', 'jixiao.mjs'), '');
    writeFileSync(join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify(['src/a.ts']));
    return root;
  }

  it('is fresh after a build and stale once a source file is edited or removed', () => {
    const root = fakeRoot();
    expect(bundleIsFresh(root)).toBe(true);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'src', 'a.ts'), later, later);
    expect(bundleIsFresh(root)).toBe(false);
    const gone = fakeRoot();
    cpSync(join(gone, 'src', 'a.ts'), join(gone, 'src', 'b.ts'));
    writeFileSync(join(gone, 'dist', 'cli', 'inputs.json'), JSON.stringify(['src/a.ts', 'src/missing.ts']));
    expect(bundleIsFresh(gone)).toBe(false);
  });

  it('is stale when there is no bundle', () => {
    const root = fakeRoot();
    writeFileSync(join(root, 'dist', 'cli', 'inputs.json'), '[]');
    expect(bundleIsFresh(join(root, 'nowhere'))).toBe(false);
  });
});

describe('jixiao check on worker threads', () => {
  it('prints byte for byte what one thread prints, in the order of the input, unreadable files included', () => {
    const dir = mkdtempSync(join(tmp, 'reports-'));
    const seeds = join(ROOT, 'fixtures', 'seeds');
    for (const id of ['000', '002', '004']) {
      cpSync(join(seeds, `${id}.txt`), join(dir, `${id}.txt`));
      cpSync(join(seeds, `${id}.docx`), join(dir, `${id}-word.docx`));
    }
    cpSync(join(ROOT, 'fixtures', 'bad', 'corrupt.doc'), join(dir, '002-bad.doc'));
    const check = (workers: string, format: string) =>
      // --no-cache: with the cache, everything not cached is checked on the main thread
      spawnSync(BIN, ['check', dir, '--against-each-other', '--format', format, '--no-cache'], { encoding: 'utf8', env: { ...process.env, JIXIAO_CHILD: '', JIXIAO_WORKERS: workers } });
    const threaded: Record<string, string> = {};
    for (const format of ['json', 'text']) {
      const one = check('0', format);
      const three = check('3', format);
      expect(one.status).toBe(2); // the unreadable file
      expect(three.status).toBe(one.status);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
      threaded[format] = three.stdout;
    }
    const docs = (JSON.parse(threaded.json!) as { documents: Array<{ file: string; findings?: unknown[]; error?: unknown }> }).documents;
    expect(docs).toHaveLength(7);
    expect(docs.filter((d) => d.error !== undefined)).toHaveLength(1);
    expect(docs.filter((d) => (d.findings?.length ?? 0) > 0).length).toBeGreaterThan(3);
  });
});

describe('jixiao check with its cache', () => {
  it('prints byte for byte what --no-cache prints, first and second time, and after an edit', () => {
    const dir = mkdtempSync(join(tmp, 'cached-'));
    const cacheDir = join(tmp, 'cache-dir');
    for (const id of ['000', '002', '003']) cpSync(join(ROOT, 'fixtures', 'seeds', `${id}.txt`), join(dir, `${id}.txt`));
    cpSync(join(ROOT, 'fixtures', 'seeds', '001.docx'), join(dir, '001-word.docx'));
    cpSync(join(ROOT, 'fixtures', 'bad', 'corrupt.doc'), join(dir, '002-bad.doc'));
    const check = (format: string, ...extra: string[]) =>
      spawnSync(BIN, ['check', dir, '--against-each-other', '--format', format, ...extra], { encoding: 'utf8', env: { ...process.env, JIXIAO_CHILD: '', JIXIAO_CACHE_DIR: cacheDir } });
    for (const format of ['json', 'text']) {
      const plain = check(format, '--no-cache');
      expect(plain.status).toBe(2); // the unreadable file: reported, never cached
      expect(plain.stderr).toContain('002-bad.doc');
      expect(plain.stdout).toContain(format === 'json' ? 'duplicate/against-reference' : '报告之间');
      const first = check(format);
      const second = check(format);
      for (const r of [first, second]) {
        expect(r.status).toBe(plain.status);
        expect(r.stdout).toBe(plain.stdout);
        expect(r.stderr).toBe(plain.stderr);
      }
    }
    expect(readdirSync(join(cacheDir, 'check'))).toHaveLength(4);
    appendFileSync(join(dir, '003.txt'), '\n本年度新增专项培训 3 次，参训人员共计 126 人次。\n');
    const edited = check('json');
    expect(edited.stdout).toContain('126');
    expect(edited.stdout).toBe(check('json', '--no-cache').stdout);
  });

  it('neither reads nor writes with --no-cache', () => {
    const cacheDir = join(tmp, 'never-made');
    const r = spawnSync(BIN, ['check', join(ROOT, 'fixtures', 'seeds', '000.txt'), '--no-cache'], { encoding: 'utf8', env: { ...process.env, JIXIAO_CHILD: '', JIXIAO_CACHE_DIR: cacheDir } });
    expect(r.stdout).toContain('000.txt');
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('parse and claims print the same from the document cache as without it, for every format', () => {
    const cacheDir = join(tmp, 'doc-cache');
    const run = (...args: string[]) => spawnSync(BIN, args, { encoding: 'utf8', env: { ...process.env, JIXIAO_CHILD: '', JIXIAO_CACHE_DIR: cacheDir } });
    const files = [join(ROOT, 'fixtures', 'seeds', '002.pdf'), join(ROOT, 'fixtures', 'seeds', '002.docx'), join(ROOT, 'fixtures', 'doc', '002.doc'), join(ROOT, 'fixtures', 'seeds', '004.txt')];
    for (const file of files) {
      for (const args of [
        ['parse', file, '--format', 'json'],
        ['parse', file, '--outline'],
        ['parse', file],
        ['claims', file, '--format', 'json'],
      ]) {
        const plain = run(...args, '--no-cache');
        expect(plain.status, `${args.join(' ')}: ${plain.stderr}`).toBeLessThan(2);
        const first = run(...args);
        const second = run(...args);
        expect(first.stdout).toBe(plain.stdout);
        expect(second.stdout).toBe(plain.stdout);
        expect(second.status).toBe(plain.status);
      }
    }
    expect(readdirSync(join(cacheDir, 'docs'))).toHaveLength(files.length);
  });
});
