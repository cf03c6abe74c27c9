// Repetition bench: median time of the within-report check per report, against a plain
// all-pairs baseline in the same run. Run: npx tsx eval/duplicates/bench.ts
import type { ReportDocument } from '../../src/model/document';
import { ingestText } from '../../src/ingest/ingest';
import { regionsOf, setPhrasesFor } from '../../src/rules/duplicate/shared';
import { findRepeats } from '../../src/similarity';
import { cleanReport, seedText, uniqueSentences } from './corpus-texts';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `fn` over `runs` runs after a warm-up. */
export function time(fn: () => unknown, runs = 21, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/**
 * The plain baseline: every pair of sentences compared by their sets of 6-character
 * shingles (containment ≥ 0.8 counts as a repeat) — what a checker without an index does.
 */
function allPairs(doc: ReportDocument): number {
  const sents = doc.text.split(/(?<=[。；！？\n])/).filter((s) => s.length >= 12);
  const sets = sents.map((s) => {
    const set = new Set<string>();
    for (let i = 0; i + 6 <= s.length; i++) set.add(s.slice(i, i + 6));
    return set;
  });
  let found = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [a, b] = sets[i]!.size < sets[j]!.size ? [sets[i]!, sets[j]!] : [sets[j]!, sets[i]!];
      let common = 0;
      for (const g of a) if (b.has(g)) common++;
      if (a.size > 0 && common / a.size >= 0.8) found++;
    }
  }
  return found;
}

/** Runs the bench and returns the printed table. */
export async function benchDuplicates(): Promise<string> {
  const docs: Array<{ name: string; doc: ReportDocument }> = [];
  for (const id of ['000', '001', '002', '003', '004']) docs.push({ name: `种子 ${id}`, doc: await ingestText(seedText(id)) });
  const sentences = uniqueSentences();
  const big = (chars: number, seed: number) => {
    // a long report: clean text with every tenth paragraph pasted again later
    const paras = cleanReport(sentences, chars, seed).split('\n\n');
    for (let i = 0; i < paras.length; i += 10) paras.splice(Math.min(paras.length, i + 7), 0, paras[i]!);
    return paras.join('\n\n').slice(0, chars + 2000);
  };
  let bigText = '';
  while (bigText.length < 50_000) bigText += `${big(12_000, bigText.length + 1)}\n\n`;
  docs.push({ name: '合成（无重复，句子用尽为止）', doc: await ingestText(cleanReport(sentences, 20_000, 4242).slice(0, 20_000)) });
  docs.push({ name: '合成 2 万字', doc: await ingestText(bigText.slice(0, 20_000)) });
  docs.push({ name: '合成 5 万字', doc: await ingestText(bigText.slice(0, 50_000)) });
  const rows = docs.map(({ name, doc }) => {
    const regions = regionsOf(doc);
    const phrases = setPhrasesFor(doc);
    const ours = time(() => findRepeats(doc.text, regions, { setPhrases: phrases }));
    const base = time(() => allPairs(doc), 5, 1);
    return `| ${name} | ${doc.text.length} | ${ours.toFixed(2)} | ${base.toFixed(2)} | ${(base / ours).toFixed(1)}× |`;
  });
  return ['报告内重复检查耗时（中位数，毫秒；基线为逐对比较所有句子的 6 字片段集合）', '', '| 报告 | 字数 | Jixiao（winnowing） | 逐对基线 | 基线/Jixiao |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join(
    '\n',
  );
}

if (process.argv[1]?.endsWith('bench.ts')) console.log(await benchDuplicates());
