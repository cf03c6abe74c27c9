// Repetition eval: plant exact, near and partial copies (and reuse from a reference,
// with and without changed numbers) into clean reports; print recall and precision per rule.
// Run: npx tsx eval/duplicates/run.ts
import { checkDocument } from '../../src/check/check-document';
import type { Finding } from '../../src/check/types';
import { ingestText } from '../../src/ingest/ingest';
import { DUPLICATE_RULES } from '../../src/rules/duplicate';
import { cleanReport, uniqueSentences } from './corpus-texts';
import { inject, type Injected, type InjectionKind } from './inject';

const VARIANTS = 40;
const KINDS: InjectionKind[] = ['exact', 'near', 'partial', 'reference', 'reference-digits'];

interface Row {
  kind: InjectionKind;
  planted: number;
  found: number;
  falseAlarms: number;
  findings: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start) >= Math.min(10, (b.end - b.start) / 2);

function spanOf(text: string, piece: string, not?: { start: number; end: number }) {
  let i = text.indexOf(piece);
  while (i >= 0 && not && overlaps({ start: i, end: i + piece.length }, not)) i = text.indexOf(piece, i + 1);
  return i < 0 ? null : { start: i, end: i + piece.length };
}

async function evalOne(inj: Injected): Promise<{ hit: boolean; falseAlarms: number; findings: number }> {
  const doc = await ingestText(inj.text);
  const refDoc = inj.reference ? await ingestText(inj.reference) : null;
  const references = refDoc ? [{ file: 'reference.txt', doc: refDoc }] : [];
  const { findings } = await checkDocument({ doc, references, rules: DUPLICATE_RULES });
  const copy = spanOf(doc.text, inj.text.slice(inj.copy.start, inj.copy.end))!;
  const srcText = (inj.reference ?? inj.text).slice(inj.source.start, inj.source.end);
  const source = spanOf(refDoc ? refDoc.text : doc.text, srcText, refDoc ? undefined : copy);
  const isHit = (f: Finding) => {
    const places = [f, ...f.related.filter((r) => !r.file)];
    const here = places.some((p) => overlaps(p, copy)) && (refDoc || places.some((p) => source && overlaps(p, source)));
    const there = !refDoc || f.related.some((r) => r.file && source && overlaps(r, source));
    return here && there;
  };
  const hits = findings.filter(isHit);
  return { hit: hits.length > 0, falseAlarms: findings.length - hits.length, findings: findings.length };
}

/** Runs the repetition eval and returns the printed table. */
export async function runDuplicatesEval(): Promise<string> {
  const all = uniqueSentences();
  // The checked report and its reference draw on disjoint halves: nothing shared but the plant.
  const sentences = all.filter((_, i) => i % 2 === 0);
  const others = all.filter((_, i) => i % 2 === 1);
  const rows: Row[] = [];
  for (const kind of KINDS) {
    const row: Row = { kind, planted: 0, found: 0, falseAlarms: 0, findings: 0 };
    for (let v = 0; v < VARIANTS; v++) {
      const base = cleanReport(sentences, 4000, 1000 + v);
      const reference = kind.startsWith('reference') ? cleanReport(others, 5000, 5000 + v) : undefined;
      const r = await evalOne(inject(kind, base, 77 + v * 13, reference));
      row.planted++;
      if (r.hit) row.found++;
      row.falseAlarms += r.falseAlarms;
      row.findings += r.findings;
    }
    rows.push(row);
  }
  // clean bases alone: every finding there is a false alarm
  let cleanFindings = 0;
  for (let v = 0; v < VARIANTS; v++) {
    const doc = await ingestText(cleanReport(sentences, 4000, 1000 + v));
    cleanFindings += (await checkDocument({ doc, rules: DUPLICATE_RULES })).findings.length;
  }
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  const lines = [
    '重复检查评测（每类 ' + VARIANTS + ' 个注入样本，基底为去重后的种子句子组成的干净报告）',
    '',
    '| 注入类型 | 规则 | 注入 | 检出 | 召回率 | 误报 | 精确率 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const rule = r.kind.startsWith('reference') ? 'duplicate/against-reference' : 'duplicate/within-report';
      const tp = r.findings - r.falseAlarms;
      return `| ${r.kind} | ${rule} | ${r.planted} | ${r.found} | ${pct(r.found, r.planted)} | ${r.falseAlarms} | ${pct(tp, r.findings)} |`;
    }),
    `| (clean) | all | 0 | — | — | ${cleanFindings} | — |`,
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('run.ts')) console.log(await runDuplicatesEval());
