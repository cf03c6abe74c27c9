import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/seeds';
import { readComments } from '../annotate/test-read-comments';
import { EXIT, run } from './main';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-annotate-'));

describe('jixiao check --annotate', () => {
  it('writes the checked .docx with one comment per finding and still prints the findings', async () => {
    const target = join(tmp, '002-批注.docx');
    const r = await cli('check', fixturePath('seeds', '002.docx'), '--annotate', target, '--format', 'json');
    expect(r.code).toBe(EXIT.OK); // seed 002 has warnings only
    const findings = JSON.parse(r.out).documents[0].findings as Array<{ quote: string }>;
    const { comments } = readComments(new Uint8Array(readFileSync(target)));
    expect(comments.map((c) => c.anchored.replace(/\s+/g, ''))).toEqual(findings.map((f) => f.quote.replace(/\s+/g, '')));
    expect(r.err).toContain(`已写入带批注的报告：${target}（${findings.length} 条批注）`);
  });

  it('makes a new Word file for a .doc', async () => {
    const target = join(tmp, 'doc.docx');
    const r = await cli('check', fixturePath('doc', '002.doc'), '--annotate', target);
    expect(r.code).toBe(EXIT.OK); // seed 002 has warnings only
    expect(readComments(new Uint8Array(readFileSync(target))).comments.length).toBeGreaterThan(0);
    expect(r.err).toContain('已按 GB/T 9704 版式生成新的 Word 文件');
  });

  it('needs exactly one file and a .docx target', async () => {
    const two = await cli('check', fixturePath('seeds', '002.docx'), fixturePath('seeds', '000.docx'), '--annotate', join(tmp, 'x.docx'), '--format', 'json');
    expect(two.code).toBe(EXIT.INPUT);
    expect(JSON.parse(two.out).error.code).toBe('USAGE');
    const pdf = await cli('check', fixturePath('seeds', '002.docx'), '--annotate', join(tmp, 'x.pdf'));
    expect(pdf.code).toBe(EXIT.INPUT);
    expect(pdf.err).toMatch(/\.docx/);
  });
});
