#!/usr/bin/env node
// The jixiao command. Jixiao needs Node >= 22 (pdf.js uses Promise.withResolvers);
// when started by an older system Node, re-run with the project's own Node 22
// (the `node` devDependency) if it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  const node22 = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(node22)) {
    process.stderr.write('错误（NODE_TOO_OLD）：jixiao 需要 Node.js 22 或更高版本；请先在项目目录运行 npm ci。\n');
    process.exit(2);
  }
  const r = spawnSync(node22, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 2);
}
// Load pdf.js (3 MB of plain JavaScript) before tsx hooks in, so it is not
// re-transformed on every run: start-up drops from ~2.5 s to ~0.2 s.
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
await import('pdfjs-dist/legacy/build/pdf.mjs');
const { register } = await import('tsx/esm/api');
register();
await import(join(root, 'src', 'cli', 'entry.ts'));
