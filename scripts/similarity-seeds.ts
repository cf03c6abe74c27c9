// Print every passage findRepeats reports on the seeds, and findReuse 000 vs 002.
// Run: npx tsx eval/similarity-seeds.ts
import { readdirSync, readFileSync } from 'node:fs';
import { findRepeats, findReuse } from '../src/similarity/find-repeats';
import { groupRepeats } from '../src/similarity/group-repeats';
import { blankLineRegions } from '../src/similarity/seed-regions';
import type { RepeatPassage } from '../src/similarity/find-repeats';

const dir = new URL('../fixtures/seeds/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const load = (f: string) => readFileSync(new URL(f, dir), 'utf8');
const flat = (s: string) => s.replace(/\s*\n\s*/g, '⏎');
const diffStr = (p: RepeatPassage) =>
  p.diff
    .filter((d) => d.op !== 'equal')
    .map((d) => `${d.op === 'insert' ? '+' : '-'}[${flat(d.text)}]`)
    .join(' ');

for (const f of files) {
  const text = load(f);
  const ps = findRepeats(text, blankLineRegions(text));
  console.log(`\n=== ${f}: ${ps.length} passages, ${groupRepeats(ps).length} groups`);
  for (const g of groupRepeats(ps).filter((x) => x.occurrences.length > 2)) console.log(`group of ${g.occurrences.length} (${g.kind}): ${g.occurrences.map((o) => `[${o.start},${o.end})`).join(' ')}`);
  ps.forEach((p, i) => {
    console.log(`#${i + 1} ${p.kind} len=${p.length} sim=${p.similarity.toFixed(3)} cont=${p.containment.toFixed(3)}${p.digitsDiffer ? ' DIGITS' : ''} a=[${p.a.start},${p.a.end}) b=[${p.b.start},${p.b.end})`);
    console.log(`  A: ${flat(text.slice(p.a.start, p.a.end))}`);
    if (p.kind !== 'exact') console.log(`  B: ${flat(text.slice(p.b.start, p.b.end))}`);
    if (p.kind !== 'exact') console.log(`  diff: ${diffStr(p)}`);
  });
}

const a = load(files[0]!);
const b = load(files[2]!);
const reuse = findReuse(a, blankLineRegions(a), b, blankLineRegions(b));
console.log(`\n=== findReuse ${files[0]} vs ${files[2]}: ${reuse.length}`);
for (const p of reuse) {
  console.log(`${p.kind} len=${p.length} sim=${p.similarity.toFixed(3)}${p.digitsDiffer ? ' DIGITS' : ''}`);
  console.log(`  A: ${flat(a.slice(p.a.start, p.a.end))}`);
  console.log(`  B: ${flat(b.slice(p.b.start, p.b.end))}`);
  console.log(`  diff: ${diffStr(p)}`);
}
