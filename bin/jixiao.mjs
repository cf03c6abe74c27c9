#!/bin/sh
':' //; s=$(readlink -f "$0"); n="${s%/bin/*}/node_modules/.bin/node"; [ -x "$n" ] || n=node; exec "$n" "$s" "$@"
// The jixiao command.
//
// 0. Run as a program (./bin/jixiao.mjs, npx jixiao), the line above is a shell script: it
//    replaces itself with the project's own Node 22 running this file (else the system `node`),
//    so no second process stands in between. Run as `node bin/jixiao.mjs` it is a string and a
//    comment. Keep `':' //;` as it is (`:` with the argument `//`): with a `;` after `':'` the
//    shell runs `//`, a directory, and prints an error at every start (.prettierignore keeps
//    Prettier from adding that `;`).
// 1. Jixiao needs Node >= 22 (pdf.js uses Promise.withResolvers). Started by an older system
//    Node, this file re-runs itself with the project's own Node 22 (the `node` devDependency),
//    passes SIGINT/SIGTERM/SIGHUP on to it and exits with its status (or dies of its signal).
// 2. On Node 22 it runs the bundled CLI, dist/cli/jixiao.mjs (plain JavaScript, built by
//    scripts/build-cli.mjs at `npm ci`). When a source file the bundle was built from is newer
//    than the bundle (src/ edited since), it rebuilds the bundle first (esbuild, ~0.1 s), so a
//    stale bundle never runs old code; without esbuild it runs the sources through tsx.
//
// JIXIAO_NODE=<executable> re-runs with that executable whatever the Node version (the tests
// of step 1 use it); JIXIAO_CHILD marks the re-run so it never loops.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const major = Number(process.versions.node.split('.')[0]);

if (process.env.JIXIAO_CHILD !== '1' && (major < 22 || process.env.JIXIAO_NODE)) {
  const node22 = process.env.JIXIAO_NODE || join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(node22)) {
    process.stderr.write('错误（NODE_TOO_OLD）：jixiao 需要 Node.js 22 或更高版本；请先在项目目录运行 npm ci（会安装项目自带的 Node 22）。\n');
    process.exit(2);
  }
  const child = spawn(node22, [self, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, JIXIAO_CHILD: '1' } });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  child.on('error', (err) => {
    process.stderr.write(`错误（INTERNAL）：无法启动 ${node22}：${err.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal)
      process.kill(process.pid, signal); // die of the same signal, as a shell expects
    else process.exit(code ?? 2);
  });
} else {
  await runCli();
}

async function runCli() {
  // V8's compile cache: the bundle is parsed once, not at every start.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache?.(join(root, 'node_modules', '.cache', 'jixiao-compile'));
  const build = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
  if (!build.bundleIsFresh(root)) {
    let esbuild;
    try {
      esbuild = await import('esbuild');
    } catch {
      esbuild = undefined;
    }
    if (esbuild === undefined) {
      // No esbuild (an install without dev dependencies): run the TypeScript sources.
      const { register } = await import('tsx/esm/api');
      register();
      await import(pathToFileURL(join(root, 'src', 'cli', 'entry.ts')).href);
      return;
    }
    try {
      await build.buildCli({ esbuild });
    } catch (err) {
      process.stderr.write(`错误（BUILD_FAILED）：src 有改动，重新构建命令行失败：\n${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    }
  }
  await import(pathToFileURL(join(root, 'dist', 'cli', 'jixiao.mjs')).href);
  // The command has finished: once stdout and stderr have passed on what they hold (a pipe
  // takes 64 KiB at a time), exit rather than tear the heap down first (~2% of a check's time).
  const flushed = (stream) => new Promise((resolve) => stream.write('', () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}
