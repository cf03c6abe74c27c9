import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layering of src (README, 开发): every top-level folder or file of src is a unit on a
 * layer; code may import its own unit and units on lower layers, nothing else. Surfaces on
 * the same layer (the API and the CLI) never import each other. Tests and test helpers are
 * not checked (they may drive any layer).
 */
const LAYERS: ReadonlyArray<{ layer: string; units: readonly string[] }> = [
  { layer: 'limits', units: ['limits.ts', 'pause.ts'] },
  { layer: 'errors', units: ['errors.ts'] },
  { layer: 'model', units: ['model'] },
  { layer: 'text', units: ['text', 'limits-enforce.ts'] },
  { layer: 'numbers/similarity/ingest', units: ['numbers', 'similarity', 'ingest'] },
  { layer: 'domain rules', units: ['domain'] },
  { layer: 'corpus storage', units: ['corpus'] },
  { layer: 'check framework', units: ['check'] },
  { layer: 'claim model', units: ['claims'] },
  { layer: 'rules', units: ['rules'] },
  { layer: 'core pipeline', units: ['core', 'draft'] },
  { layer: 'document output', units: ['export'] },
  { layer: 'annotated output', units: ['annotate'] },
  { layer: 'http helpers', units: ['http'] },
  { layer: 'page', units: ['web'] },
  { layer: 'surfaces', units: ['routes', 'cli'] },
  { layer: 'Worker entry', units: ['index.ts'] },
];

/** Files that belong to a folder's unit: app.ts assembles the API from its routes (which take their env type from it). */
const MEMBER_OF: Readonly<Record<string, string>> = { 'app.ts': 'routes' };

/** Lower units a unit still may not import: surfaces reach the rules only through the core. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = { routes: ['rules'], cli: ['rules'], web: ['rules'], http: ['rules'] };

/** Units of one layer that may import each other (none so far: same-layer units are independent). */
const SAME_LAYER_OK: ReadonlySet<string> = new Set([]);

const SRC = join(import.meta.dirname);

/** Test code: tests, test helpers (test-*.ts, files that import vitest) and the hostile-input suite. */
function isTestCode(path: string, source: string): boolean {
  return /\.test\.ts$/.test(path) || /(^|\/)test-[^/]*\.ts$/.test(path) || path.startsWith('hostile/') || /from ['"]vitest['"]/.test(source);
}

/** Module specifiers of every import, export … from and dynamic import() in a source (comments left out). */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const re of [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm]) {
    for (const m of code.matchAll(re)) out.push(m[1]!);
  }
  return out;
}

/** The unit of a path relative to src: its top-level folder, or the file itself (`../numbers` is the folder's index). */
function unitOf(path: string, folders: ReadonlySet<string>): string {
  if (path.includes('/')) return path.slice(0, path.indexOf('/'));
  const unit = folders.has(path) ? path : path.replace(/\.ts$/, '') + '.ts';
  return MEMBER_OF[unit] ?? unit;
}

/** A file outside src that code may import: data bundled as a module (prompts, CMaps), never code. */
const isAsset = (spec: string) => /\.(md|bcmap|json|txt)$/.test(spec);

interface Violation {
  file: string;
  spec: string;
  why: string;
}

/** Imports against the layering in `files` (paths relative to src → source). */
function layeringViolations(files: ReadonlyMap<string, string>, layers = LAYERS): Violation[] {
  const rank = new Map<string, number>();
  layers.forEach((l, i) => l.units.forEach((u) => rank.set(u, i)));
  const folders = new Set([...rank.keys()].filter((u) => !u.endsWith('.ts')));
  const out: Violation[] = [];
  for (const [file, source] of files) {
    if (isTestCode(file, source)) continue;
    const from = unitOf(file, folders);
    const fromRank = rank.get(from);
    if (fromRank === undefined) {
      out.push({ file, spec: '', why: `“${from}” is on no layer: add it to LAYERS (and to the table in README)` });
      continue;
    }
    for (const spec of importsOf(source)) {
      if (!spec.startsWith('.')) continue; // a package
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (target.startsWith('..')) {
        if (!isAsset(spec)) out.push({ file, spec, why: 'reaches outside src' });
        continue;
      }
      const to = unitOf(target, folders);
      if (to === from) continue;
      const toRank = rank.get(to);
      if (toRank === undefined) out.push({ file, spec, why: `“${to}” is on no layer` });
      else if (FORBIDDEN[from]?.includes(to)) out.push({ file, spec, why: `${from} reaches into ${to}: surfaces call the core (src/core)` });
      else if (toRank > fromRank) out.push({ file, spec, why: `${from} (${layers[fromRank]!.layer}) imports ${to} from a higher layer (${layers[toRank]!.layer})` });
      else if (toRank === fromRank && !SAME_LAYER_OK.has(`${from}>${to}`)) out.push({ file, spec, why: `${from} and ${to} are on the same layer (${layers[fromRank]!.layer}) and must not import each other` });
    }
  }
  return out;
}

function sourcesOf(dir: string, files = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sourcesOf(p, files);
    else if (e.name.endsWith('.ts')) files.set(relative(SRC, p).split('\\').join('/'), readFileSync(p, 'utf8'));
  }
  return files;
}

describe('layering of src (README, 开发)', () => {
  it('no import runs against the layering', () => {
    const violations = layeringViolations(sourcesOf(SRC));
    expect(violations.map((v) => `src/${v.file} → '${v.spec}': ${v.why}`).join('\n')).toBe('');
  });

  it('every top-level folder and file of src is on a layer', () => {
    const units = new Set([...LAYERS.flatMap((l) => l.units), ...Object.keys(MEMBER_OF)]);
    const top = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory() || (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')));
    const missing = top.map((e) => e.name).filter((n) => !units.has(n) && n !== 'hostile');
    expect(missing).toEqual([]);
  });

  it('the checker itself catches an upward import, a surface importing another or a rule, a dynamic import and a path outside src', () => {
    const files = new Map([
      ['check/runner.ts', "import { RULES } from '../rules';\nimport type { Finding } from './types';"],
      ['cli/commands/check.ts', "import { validateFigures } from '../../routes/figures';\nimport { checkReport } from '../../core/check-report';"],
      ['numbers/x.ts', "const m = await import('../rules/number/shared/analysis');"],
      ['model/y.ts', "export { a } from '../../test/seeds';"],
      ['rules/z.ts', "// import { x } from '../core/check-report';\nimport { checkDocument } from '../check/check-document';"],
      ['rules/z.test.ts', "import { checkReport } from '../core/check-report';"],
      ['routes/x.ts', "import {\n  checkFiguresConsistency,\n} from '../rules/number/figures-consistency';"],
    ]);
    const v = layeringViolations(files);
    expect(v.map((x) => `${x.file} → ${x.spec}`)).toEqual([
      'check/runner.ts → ../rules',
      'cli/commands/check.ts → ../../routes/figures',
      'numbers/x.ts → ../rules/number/shared/analysis',
      'model/y.ts → ../../test/seeds',
      'routes/x.ts → ../rules/number/figures-consistency',
    ]);
    expect(v[0]!.why).toContain('higher layer (rules)');
    expect(v[1]!.why).toContain('same layer (surfaces)');
    expect(v[3]!.why).toBe('reaches outside src');
    expect(v[4]!.why).toContain('surfaces call the core');
  });
});
