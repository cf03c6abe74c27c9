import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isObject, openCacheStore } from './cache-store';

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const isEntry = (x: unknown): x is { n: number } => isObject(x) && typeof x.n === 'number';

describe('the cache store', () => {
  it('reads back what it wrote, under keys of its own build only', () => {
    const dir = join(tmp, 'a');
    const one = openCacheStore({ dir, buildId: 'one', onWarning: () => {} });
    one.write('docs', one.key('x'), { n: 1 });
    expect(one.read('docs', one.key('x'), isEntry)).toEqual({ n: 1 });
    expect(one.read('check', one.key('x'), isEntry)).toBeUndefined(); // another kind
    const two = openCacheStore({ dir, buildId: 'two', onWarning: () => {} });
    expect(two.key('x')).not.toBe(one.key('x'));
    expect(two.read('docs', two.key('x'), isEntry)).toBeUndefined();
  });

  it('trims a kind past its limit to the newest entries, and leaves the other kinds', () => {
    const dir = join(tmp, 'b');
    const store = openCacheStore({ dir, buildId: 'b', onWarning: () => {}, maxEntries: 10, entriesKept: 6 });
    store.write('check', store.key('other'), { n: -1 });
    for (let i = 0; i < 12; i++) {
      const key = store.key(String(i));
      store.write('docs', key, { n: i });
      const t = new Date(Date.UTC(2026, 0, 1, 0, i)); // entry i written at minute i
      utimesSync(join(dir, 'docs', `${key}.json`), t, t);
    }
    store.trim();
    expect(readdirSync(join(dir, 'docs'))).toHaveLength(6);
    const kept = Array.from({ length: 12 }, (_, i) => store.read('docs', store.key(String(i)), isEntry)?.n);
    expect(kept).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 6, 7, 8, 9, 10, 11]);
    expect(store.read('check', store.key('other'), isEntry)).toEqual({ n: -1 });
  });
});
