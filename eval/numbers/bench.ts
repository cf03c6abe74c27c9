/**
 * Time of the numeric and usage rules per report (the document already ingested): each
 * seed and a ~50,000-character synthetic report. Warm-up first, then the median of 40 runs.
 *
 * Run: npx tsx eval/numbers/bench.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkDocument } from '../../src/check/check-document';
import { ingestText } from '../../src/ingest/ingest';
import type { ReportDocument } from '../../src/model/document';
import { NUMBER_RULES } from '../../src/rules/number';
import { USAGE_RULES } from '../../src/rules/usage';
import { longReport } from './synthetic';

const RULES = [...NUMBER_RULES, ...USAGE_RULES];
const WARMUP = 30;
const RUNS = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(doc: ReportDocument): Promise<{ median: number; min: number; findings: number; numbers: number }> {
  let findings = 0;
  let numbers = 0;
  for (let i = 0; i < WARMUP; i++) await checkDocument({ doc, rules: RULES });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await checkDocument({ doc, rules: RULES });
    times.push(performance.now() - t0);
    findings = r.findings.length;
    numbers = Number(r.stats.numbersFound ?? 0);
  }
  return { median: median(times), min: Math.min(...times), findings, numbers };
}

/** Benchmarks the numeric and usage rules and returns the printed table. */
export async function benchNumbers(): Promise<string> {
  const docs: Array<[string, ReportDocument]> = [];
  for (const id of ['000', '001', '002', '003', '004']) {
    docs.push([`seed ${id}`, await ingestText(readFileSync(new URL(`../../fixtures/seeds/${id}.txt`, import.meta.url), 'utf8'))]);
  }
  docs.push(['synthetic ~50k chars', await ingestText(longReport(50_000))]);
  const lines = [`numeric + usage rules (${RULES.length} rules), median of ${RUNS} runs after ${WARMUP} warm-up runs, ingest excluded`];
  lines.push(`${'report'.padEnd(22)} ${'chars'.padStart(7)} ${'numbers'.padStart(8)} ${'findings'.padStart(9)} ${'median ms'.padStart(10)} ${'min ms'.padStart(8)}`);
  for (const [name, doc] of docs) {
    const t = await time(doc);
    lines.push(
      `${name.padEnd(22)} ${String(doc.text.length).padStart(7)} ${String(t.numbers).padStart(8)} ${String(t.findings).padStart(9)} ${t.median.toFixed(2).padStart(10)} ${t.min.toFixed(2).padStart(8)}`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchNumbers());
}
