// Time findRepeats on each seed and on synthetic 20k/50k-char reports; prints median ms.
// Run: npx tsx eval/similarity-bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { findRepeats } from '../src/similarity/find-repeats';
import { blankLineRegions } from '../src/similarity/seed-regions';
import type { Region } from '../src/similarity/types';

const dir = new URL('../../shared/seeds/', import.meta.url);
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') }));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function bench(name: string, text: string, regions: Region[], runs = 40): void {
  for (let i = 0; i < 15; i++) findRepeats(text, regions); // JIT warm-up
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = findRepeats(text, regions).length;
    times.push(performance.now() - t0);
  }
  console.log(`${name.padEnd(34)} ${String(text.length).padStart(6)} chars  ${String(regions.length).padStart(4)} regions  median ${median(times).toFixed(2)} ms  (min ${Math.min(...times).toFixed(2)})  ${found} passages`);
}

/** A report of about `size` chars made of seed sentences drawn at random (so it repeats a lot). */
function synthetic(size: number, seed: number): string {
  const sentences = seeds.flatMap((s) => s.text.replace(/\s+/g, '').split(/(?<=。)/)).filter((x) => x.length > 8);
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const paras: string[] = [];
  let n = 0;
  while (n < size) {
    let p = '';
    const k = 2 + Math.floor(rnd() * 4);
    for (let i = 0; i < k; i++) p += sentences[Math.floor(rnd() * sentences.length)];
    paras.push(p);
    n += p.length + 2;
  }
  return paras.join('\n\n');
}

/** Random CJK text with no repetition beyond chance. */
function noise(size: number): string {
  let s = 7;
  let out = '';
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out += (s >>> 24) % 40 === 0 ? '。\n\n' : (s >>> 24) % 9 === 0 ? '，' : String.fromCharCode(0x4e00 + ((s >>> 8) % 3000));
  }
  return out;
}

for (const s of seeds) bench(s.name, s.text, blankLineRegions(s.text));
const all = seeds.map((s) => s.text).join('\n\n');
bench('all five seeds concatenated', all, blankLineRegions(all));
for (const size of [20_000, 50_000]) {
  const t = synthetic(size, size);
  bench(`synthetic seed sentences ${size / 1000}k`, t, blankLineRegions(t), 20);
  const u = noise(size);
  bench(`random CJK ${size / 1000}k`, u, blankLineRegions(u), 20);
}
