#!/usr/bin/env node
// Bundles the CLI (src/cli/entry.ts) with esbuild into one ESM file, dist/cli/jixiao.mjs, that
// Node runs with no TypeScript transform. Run by `npm ci` / `npm install` (the `prepare`
// script) and, when src/ changed since, by bin/jixiao.mjs before it runs the CLI.
//
// Start-up is what this is for: the heavy packages are not in the file and load only when a
// command needs them — pdf.js (PDF input), mammoth (DOCX input), docx (Word output), LangChain
// and openai (drafting with a model), wrangler (the local corpus). pdf.js, mammoth and wrangler
// are imported dynamically by the source itself; docx and LangChain are imported statically by
// modules that the CLI only reaches through `await import(...)`, so here they become a lazy
// `require()` inside those modules' lazy initialisers instead of a top-level import.
//
// dist/cli/inputs.json lists the bundle's source files: bin/jixiao.mjs compares their mtimes
// with the bundle's to notice a stale bundle.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist', 'cli');
export const BUNDLE = join(OUT_DIR, 'jixiao.mjs');
export const INPUTS = join(OUT_DIR, 'inputs.json');

/** Loaded from node_modules only when a command needs them (see above). */
const DYNAMIC = ['pdfjs-dist', 'mammoth', 'wrangler'];

const packageOf = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);

/** esbuild plugin: heavy packages become a lazy require(); `import.meta.url` keeps meaning the source file. */
const plugin = {
  name: 'jixiao-cli',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'lazy-require') return { path: args.path, external: true };
      if (DYNAMIC.includes(packageOf(args.path)) || args.path.startsWith('node:')) return undefined;
      return { path: args.path, namespace: 'lazy-require' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
    // Source files find fixtures, prompts and migrations relative to themselves: point
    // import.meta.url at the source file, expressed relative to the bundle so a moved clone works.
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(OUT_DIR, args.path).split(sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/** Builds the bundle; returns the source files it was built from (relative to the root). */
export async function buildCli({ esbuild } = {}) {
  esbuild ??= await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'src', 'cli', 'entry.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: DYNAMIC.flatMap((p) => [p, `${p}/*`]),
    loader: { '.md': 'text' },
    // require() for the lazily required packages, from the bundle's own place in the repository;
    // __jixiaoBundle: the file a worker thread of `jixiao check` runs (src/cli/check-parallel.ts).
    banner: {
      js: "import { createRequire as __jxCreateRequire } from 'node:module'; const require = __jxCreateRequire(import.meta.url); globalThis.__jixiaoBundle = import.meta.url;",
    },
    plugins: [plugin],
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    // a smaller file to read and hash at every start (names are kept: no identifier renaming)
    minifyWhitespace: true,
    minifySyntax: true,
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules') && !p.includes(':'))
    .map((p) => p.split(sep).join('/'));
  inputs.push('scripts/build-cli.mjs', 'package-lock.json');
  // rename is atomic: a CLI started meanwhile sees the old bundle or the new one, never half of one
  renameSync(tmp, BUNDLE);
  writeFileSync(`${INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
  return inputs;
}

/**
 * Whether the bundle under `root` is there and newer than every source file it was built from
 * (a file edited, or removed, since the build makes it stale).
 */
export function bundleIsFresh(root = ROOT) {
  let built;
  let inputs;
  try {
    built = statSync(join(root, 'dist', 'cli', 'jixiao.mjs')).mtimeMs;
    inputs = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const input of inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > built) return false;
    } catch {
      return false;
    }
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const inputs = await buildCli();
    process.stdout.write(`已构建命令行：${relative(ROOT, BUNDLE)}（${inputs.length} 个源文件）\n`);
  } catch (err) {
    process.stderr.write(`构建命令行失败：${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
