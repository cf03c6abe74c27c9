import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module src/domain/index.ts reaches, with the bare packages each imports. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const bare: string[] = [];
    seen.set(file, bare);
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), `${spec.replace(/\.js$/, '')}.ts`).replace(/\/index\.ts\.ts$/, '/index.ts'));
      else bare.push(spec);
    }
  };
  visit(entry);
  return seen;
}

describe('src/domain is browser-safe and sits below the checker and the drafter', () => {
  it('reaches only src/domain, src/numbers and src/model, and no package but decimal.js and zod', () => {
    const modules = reach(join(SRC, 'domain', 'index.ts'));
    const dirs = [...modules.keys()].map((f) => relative(SRC, f).split('/')[0]);
    expect(new Set(dirs)).toEqual(new Set(['domain', 'numbers']));
    expect([...new Set([...modules.values()].flat())].filter((p) => p !== 'decimal.js' && p !== 'zod')).toEqual([]);
  });
});
