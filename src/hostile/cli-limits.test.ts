// The limits in the CLI: the same codes as the API, a Chinese message on stderr, exit 2, no crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedRequest } from '../draft/test-requests';
import { EXIT, run } from '../cli/main';
import { deflatedFill, makeDocx, onePagePdf, streamObject } from './make-files';
import { cpuMs } from '../../test/cpu-clock';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-limits-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run([...args, '--format', 'json'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, body: JSON.parse(out.join('\n') || '{}') as { error?: { code: string; message: string } }, err: err.join('\n') };
}

describe('limits in the CLI', () => {
  it.each([
    ['a DOCX zip bomb', () => ['parse', file('bomb.docx', makeDocx({ name: 'word/document.xml', deflated: { bytes: deflatedFill(64 * 1024 * 1024), declaredSize: 10 } }))], 'DOCX_TOO_LARGE_INFLATED'],
    ['a PDF Flate bomb', () => ['parse', file('bomb.pdf', onePagePdf(streamObject('/Filter /FlateDecode', deflatedFill(64 * 1024 * 1024, 0x20, true))))], 'PDF_STREAM_TOO_LARGE'],
    ['a 400,000-character text', () => ['check', file('long.txt', '我部门认真贯彻落实各项决策部署，取得明显成效。\n'.repeat(16_000))], 'REPORT_TOO_LONG'],
    ['a 250,000-digit number', () => ['check', file('digits.txt', `全年执行数${'9'.repeat(250_000)}万元。`)], 'NUMBER_TOO_LONG'],
    ['a 21 MB file', () => ['parse', file('big.txt', new Uint8Array(21 * 1024 * 1024).fill(0x41))], 'FILE_TOO_LARGE'],
    ['11 reference files', () => ['check', file('r.txt', '报告正文。'), '--against', ...Array.from({ length: 11 }, (_, i) => file(`a${i}.txt`, `参照${i}。`))], 'TOO_MANY_REFERENCES'],
    [
      'figures with 5,000 projects',
      () => ['figures', file('figs.json', JSON.stringify({ budget: { adjusted: '1' }, execution: '1', projects: Array.from({ length: 5000 }, (_, i) => ({ name: `p${i}`, budget: '1', executed: '1' })) }))],
      'TOO_MANY_ITEMS',
    ],
    [
      'a draft request with 500 projects',
      () => {
        const base = seedRequest('004');
        const projects = Array.from({ length: 500 }, (_, i) => ({ name: `p${i}`, budget: '1', executed: '1' }));
        return ['draft', '--input', file('req.json', JSON.stringify({ ...base, figures: { ...(base.figures as object), projects } }))];
      },
      'TOO_MANY_ITEMS',
    ],
  ] as const)('%s → exit 2 with its code', async (_, args, code) => {
    const t0 = cpuMs();
    const r = await cli([...args()]);
    expect(cpuMs() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.body.error?.code).toBe(code);
    expect(r.err).toMatch(/[\u4e00-\u9fff]/);
    expect(r.err).not.toMatch(/at \w+ \(/); // no stack trace
  });
});
