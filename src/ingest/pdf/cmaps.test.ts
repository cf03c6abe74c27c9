import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GB1_CMAP_PATTERN, tableCMapSource } from './cmap-source';
import { nodeCMapSource, pdfjsCMapDir } from './cmaps-node';

describe('CMap sources', () => {
  it('node: serves packed CMaps from pdfjs-dist, undefined for unknown or unsafe names', async () => {
    const src = nodeCMapSource();
    const ucs2 = await src.load('UniGB-UCS2-H');
    expect(ucs2).toBeInstanceOf(Uint8Array);
    expect(ucs2!.byteLength).toBeGreaterThan(40_000);
    expect(await src.load('UniJIS-UCS2-H')).toBeInstanceOf(Uint8Array); // Node has them all
    expect(await src.load('No-Such-CMap')).toBeUndefined();
    expect(await src.load('../package')).toBeUndefined();
  });

  it('table: wraps ArrayBuffers (Data modules) as Uint8Array', async () => {
    const src = tableCMapSource({ A: new Uint8Array([1, 2]).buffer });
    expect(await src.load('A')).toEqual(new Uint8Array([1, 2]));
    expect(await src.load('toString')).toBeUndefined();
  });

  it('cmaps-gb1.generated.ts imports exactly the Adobe-GB1 CMaps that pdfjs-dist ships', () => {
    const onDisk = readdirSync(pdfjsCMapDir())
      .filter((f) => f.endsWith('.bcmap'))
      .map((f) => f.slice(0, -'.bcmap'.length))
      .filter((n) => GB1_CMAP_PATTERN.test(n))
      .sort();
    const generated = readFileSync(new URL('./cmaps-gb1.generated.ts', import.meta.url), 'utf8');
    const imported = [...generated.matchAll(/cmaps\/([^/']+)\.bcmap'/g)].map((m) => m[1]).sort();
    expect(imported).toEqual(onDisk); // if not: npx tsx src/ingest/pdf/generate-cmaps.ts
    expect(onDisk).toEqual(expect.arrayContaining(['UniGB-UCS2-H', 'GBK-EUC-H', 'GBpc-EUC-H', 'GBT-H', 'GB-H', 'Adobe-GB1-UCS2']));
    expect(onDisk.some((n) => n.startsWith('UniJIS') || n.startsWith('UniKS'))).toBe(false);
  });
});
