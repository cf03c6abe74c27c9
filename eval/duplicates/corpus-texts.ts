import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));

/** A committed seed report's text. */
export function seedText(id: string): string {
  return readFileSync(`${SEEDS}${id}.txt`, 'utf8');
}

/** A small deterministic PRNG (LCG) so every eval run is identical. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Sentences (ending in 。) of every seed, each at most once, long enough to matter. */
export function uniqueSentences(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ['000', '001', '002', '003', '004']) {
    for (const s of seedText(id)
      .replace(/[ \t]+/g, '')
      .split(/(?<=。)|\n+/)) {
      const t = s.trim();
      const key = t.replace(/[\p{P}\d]/gu, '');
      if (t.length < 18 || !t.endsWith('。') || /^[一二三四五六七八九十（(\d]/.test(t)) continue;
      // drop every sentence that shares a long run with one already kept: bases must be clean
      if (seen.has(key) || [...seen].some((k) => sharesRun(k, key, 14))) continue;
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

function sharesRun(a: string, b: string, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i + n <= b.length; i += 4) if (a.includes(b.slice(i, i + n))) return true;
  return false;
}

/** A clean report (no repeated passage) of about `chars` characters, in sections of paragraphs. */
export function cleanReport(sentences: string[], chars: number, seed: number): string {
  const r = rng(seed);
  const pool = [...sentences];
  const out: string[] = [];
  let n = 0;
  let section = 0;
  while (n < chars && pool.length > 0) {
    if (out.length % 5 === 0) out.push(`${'一二三四五六七八九十'[section++ % 10]}、第${section}部分`);
    let p = '';
    const k = 2 + Math.floor(r() * 3);
    for (let i = 0; i < k && pool.length > 0; i++) p += pool.splice(Math.floor(r() * pool.length), 1)[0];
    out.push(p);
    n += p.length;
  }
  return out.join('\n\n');
}
