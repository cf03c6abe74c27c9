#!/usr/bin/env node
// `npm test` after the system-package check: runs the given npm scripts at the same time and
// fails when any of them fails. tsc, ESLint and the wrangler dry run are single-threaded, so
// on a 2-core machine they fill the gaps of the test run instead of adding to its length.
//
// The last script (the tests) prints as it goes; the others' output is kept and printed when
// it ends: in full when it failed, as one line when it passed. A closing table gives every
// script's status and time.
//
//   node scripts/run-parallel.mjs typecheck build:check lint test:unit
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export function runParallel(scripts, { npm = process.platform === 'win32' ? 'npm.cmd' : 'npm', out = process.stdout } = {}) {
  const t0 = Date.now();
  const runs = scripts.map((name, i) => {
    const live = i === scripts.length - 1;
    const child = spawn(npm, ['run', '-s', name], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    if (!live) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    return new Promise((resolve) => {
      const done = (code) => {
        const result = { name, code, seconds: (Date.now() - t0) / 1000 };
        if (!live) {
          const text = Buffer.concat(chunks).toString('utf8').trimEnd();
          if (code !== 0) out.write(`\n── npm run ${name} 失败（退出码 ${code}）：\n${text}\n\n`);
          else out.write(`── npm run ${name} 通过（${result.seconds.toFixed(1)} s）\n`);
        }
        resolve(result);
      };
      child.on('error', (err) => {
        chunks.push(Buffer.from(String(err)));
        done(127);
      });
      child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
    });
  });
  return Promise.all(runs).then((results) => {
    const width = Math.max(...results.map((r) => r.name.length));
    out.write('\n');
    for (const r of results) out.write(`${r.code === 0 ? '✓' : '✗'} ${r.name.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s${r.code === 0 ? '' : `  退出码 ${r.code}`}\n`);
    return results.every((r) => r.code === 0) ? 0 : 1;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scripts = process.argv.slice(2);
  if (scripts.length === 0) {
    process.stderr.write('用法：node scripts/run-parallel.mjs <npm 脚本>...\n');
    process.exit(2);
  }
  process.exitCode = await runParallel(scripts);
}
