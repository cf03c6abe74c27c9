// The probes of the hostile-input bench: each builds its input (untimed) and runs the same code
// path as the API (ingest + check, or validate + draft). Run one in its own process:
//   npx tsx eval/hostile/probes.ts <name>     → one JSON line (the bench runs a bundle of this file) {ms: [...], heapMB, rssMB, result}
import { checkOne } from '../../src/core/check-report';
import { draftValid, parseDraftInput, templateProvider } from '../../src/draft';
import { seedRequest } from '../../src/draft/test-requests';
import { JixiaoError } from '../../src/errors';
import { ingestBytes, ingestText } from '../../src/ingest/ingest';
import { nodeCMapSource } from '../../src/ingest/pdf/cmaps-node';
import { extractPdf } from '../../src/ingest/pdf/extract-pdf';
import { LIMITS } from '../../src/limits';
import { deflatedFill, denseRates, documentXml, makeDocx, makePdf, nearIdenticalParagraphs, onePagePdf, streamObject } from '../../src/hostile/make-files';

import { longReport } from '../numbers/synthetic';

const cmaps = nodeCMapSource();
const pdf = (b: Uint8Array) => extractPdf(b, { cmaps });

async function checkText(text: string) {
  const doc = await ingestText(text);
  const r = await checkOne({ doc });
  return `${doc.text.length} 字，${r.findings.length} 条`;
}

async function checkBytes(bytes: Uint8Array) {
  const doc = await ingestBytes(bytes, pdf);
  const r = await checkOne({ doc });
  return `${doc.text.length} 字，${r.findings.length} 条`;
}

/** A report of about `chars` characters cut at a line end, within the report limit. */
function sized(chars: number): string {
  const t = longReport(chars);
  const cut = t.lastIndexOf('\n', Math.min(t.length, LIMITS.reportChars - 100));
  return t.length > LIMITS.reportChars - 100 ? t.slice(0, cut) : t;
}

function asciiPdf(pages: number, charsPerPage: number): Uint8Array {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let p = 0; p < pages; p++) {
    const lines: string[] = [];
    for (let l = 0; l * 60 < charsPerPage; l++) lines.push(`(Page ${p} line ${l} budget execution ${p * 100 + l} reached ninety percent.) Tj 0 -14 Td`);
    const content = `BT /F1 10 Tf 50 800 Td ${lines.join(' ')} ET`;
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${objs.length} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return makePdf(objs);
}

export const PROBES: Record<string, { label: string; build: () => () => Promise<unknown> }> = {};
for (const n of [10_000, 20_000, 50_000, 100_000, 200_000, 300_000]) {
  PROBES[`text-${n}`] = {
    label: `合成报告 ${n.toLocaleString('en-US')} 字（检查全文）`,
    build: () => {
      const t = sized(n);
      return () => checkText(t);
    },
  };
}
Object.assign(PROBES, {
  'near-1000': {
    label: '1,000 段几乎相同的段落',
    build: () => {
      const t = nearIdenticalParagraphs(1000);
      return () => checkText(t);
    },
  },
  'near-4000': {
    label: '4,000 段几乎相同的段落（约 30 万字）',
    build: () => {
      const t = nearIdenticalParagraphs(4000);
      return () => checkText(t);
    },
  },
  'digits-100': {
    label: `${LIMITS.numberDigits} 位的数字（上限内最长）`,
    build: () => {
      const t = `全年执行数${'9'.repeat(LIMITS.numberDigits)}万元，预算数1,234.56万元。`;
      return () => checkText(t);
    },
  },
  'digits-250k': {
    label: '25 万位的数字（拒绝）',
    build: () => {
      const t = `全年执行数${'9'.repeat(250_000)}万元。`;
      return () => checkText(t);
    },
  },
  'text-5m': {
    label: '530 万字的 JSON 文本（拒绝）',
    build: () => {
      const t = '我部门认真贯彻落实各项决策部署。'.repeat(330_000);
      return () => checkText(t);
    },
  },
  'dense-rates': {
    label: '一段 12,000 个比率（数字分析，见 issue 9）',
    build: () => {
      const t = denseRates(12_000);
      return () => checkText(t);
    },
  },
  'pdf-100': {
    label: 'PDF 100 页',
    build: () => {
      const b = asciiPdf(100, 580);
      return () => checkBytes(b);
    },
  },
  'pdf-500': {
    label: 'PDF 500 页（上限内最多页）',
    build: () => {
      const b = asciiPdf(500, 580);
      return () => checkBytes(b);
    },
  },
  'docx-300k': {
    label: 'DOCX 约 30 万字（上限内最长）',
    build: () => {
      const paras = sized(300_000)
        .split('\n')
        .map((p) => p.replace(/[<&]/g, ''));
      const b = makeDocx(documentXml(paras));
      return () => checkBytes(b);
    },
  },
  'docx-bomb': {
    label: 'DOCX 压缩炸弹（声明 1 KB，实为 400 MB；拒绝）',
    build: () => {
      const b = makeDocx({ name: 'word/document.xml', deflated: { bytes: deflatedFill(400 * 1024 * 1024), declaredSize: 1024 } });
      return () => checkBytes(b);
    },
  },
  'pdf-bomb': {
    label: 'PDF Flate 炸弹（500 MB 的页面内容流；拒绝）',
    build: () => {
      const b = onePagePdf(streamObject('/Filter /FlateDecode', deflatedFill(500 * 1024 * 1024, 0x20, true)));
      return () => checkBytes(b);
    },
  },
  'draft-200': {
    label: `起草：${LIMITS.draftProjects} 个重点项目、${LIMITS.draftHighlights} 条工作要点（上限内最多）`,
    build: () => {
      const base = seedRequest('004');
      const figures = base.figures as Record<string, unknown>;
      const projects = Array.from({ length: LIMITS.draftProjects }, (_, i) => ({ name: `专项工作${i}经费`, budget: String(10 + i), executed: String(9 + i) }));
      const highlights = Array.from({ length: LIMITS.draftHighlights }, (_, i) => ({
        title: `抓实第${i + 1}项工作`,
        detail: `围绕年度重点任务，开展专题活动，形成了一批有价值的成果，第${i + 1}项得到有关部门的充分肯定。`,
      }));
      const req = { ...base, figures: { ...figures, projects }, highlights };
      return async () => (await draftValid(parseDraftInput(req), { provider: templateProvider })).sections.length + ' 节';
    },
  },
});

async function main(name: string, runs: number) {
  const probe = PROBES[name];
  if (!probe) throw new Error(`unknown probe ${name}`);
  const run = probe.build();
  const ms: number[] = [];
  const cpu: number[] = [];
  let result = '';
  let heap = 0;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      result = String(await run());
    } catch (err) {
      if (!(err instanceof JixiaoError)) throw err;
      result = err.code;
    }
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  console.log(JSON.stringify({ ms, cpu, heapMB: heap / 1024 / 1024, rssMB: process.resourceUsage().maxRSS / 1024, result }));
}

// Run as the probe process (this file, or the bench's bundle of it), never when the bench imports it.
if (/probes\.(ts|mjs)$/.test(process.argv[1] ?? '') && process.argv[2]) await main(process.argv[2], Number(process.argv[3] ?? 3));
