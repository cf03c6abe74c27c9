import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CMapSource } from './cmap-source';

export type { CMapSource } from './cmap-source';

const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

/** The directory of pdfjs-dist's packed CMaps (node_modules/pdfjs-dist/cmaps). */
export function pdfjsCMapDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
}

/** Node: every predefined CMap that pdfjs-dist ships, read from disk on demand. */
export function nodeCMapSource(dir: string = pdfjsCMapDir()): CMapSource {
  return {
    async load(name) {
      if (!SAFE_NAME.test(name)) return undefined;
      try {
        return new Uint8Array(await readFile(join(dir, `${name}.bcmap`)));
      } catch {
        return undefined;
      }
    },
  };
}
