import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/seeds';
import { EXIT, run } from './main';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('jixiao parse', () => {
  it('prints the outline and the blocks as text', async () => {
    const r = await cli('parse', fixturePath('seeds', '000.txt'));
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toContain('标题：2021年中国人民政治协商会议广东省广州市花都区委员会部门整体支出绩效自评报告');
    expect(r.out).toMatch(/目录：\n一、基本情况\n {2}（一）部门概况/);
    expect(r.out).toMatch(/\[b\d+ 段落\] 支出按功能分类：一般公共服务支出2,022.35万元/);
  });

  it('prints exactly one JSON document with --format json', async () => {
    const r = await cli('parse', fixturePath('seeds', '001.txt'), '--format', 'json');
    expect(r.code).toBe(EXIT.OK);
    const doc = JSON.parse(r.out);
    expect(doc.year).toBe(2022);
    expect(doc.blocks.length).toBeGreaterThan(20);
  });

  it('exits 2 with the API code for an empty file', async () => {
    const r = await cli('parse', write('empty.txt', ''), '--format', 'json');
    expect(r.code).toBe(EXIT.INPUT);
    expect(JSON.parse(r.out)).toEqual({ error: { code: 'EMPTY_FILE', message: expect.stringContaining('文件为空') } });
    expect(r.err).toContain('错误（EMPTY_FILE）');
  });

  it('exits 2 for an unsupported file, a missing file and a usage error', async () => {
    expect((await cli('parse', write('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))).err).toContain('UNSUPPORTED_TYPE');
    const missing = await cli('parse', join(tmp, 'nope.pdf'));
    expect(missing.code).toBe(EXIT.INPUT);
    expect(missing.err).toContain('FILE_NOT_FOUND');
    const usage = await cli('parse');
    expect(usage.code).toBe(EXIT.INPUT);
    expect(usage.err).toContain('USAGE');
    expect((await cli('parse', 'a', '--format', 'xml')).err).toContain('--format 只能是 text 或 json');
    expect((await cli('frobnicate')).err).toContain('未知命令');
    expect((await cli('parse', 'a', '--bogus')).err).toContain('USAGE');
  });
});

describe('jixiao check', () => {
  it('prints one JSON document with findings per file and exits by severity', async () => {
    const r = await cli('check', fixturePath('seeds', '000.txt'), '--against', fixturePath('seeds', '002.txt'), '--format', 'json');
    const out = JSON.parse(r.out);
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0];
    expect(doc.file).toBe(fixturePath('seeds', '000.txt'));
    expect(doc.findings.some((f: { ruleId: string }) => f.ruleId === 'duplicate/against-reference')).toBe(true);
    expect(r.code).toBe(doc.stats.errors > 0 ? EXIT.FINDINGS : EXIT.OK);
  });

  it('shows both places of a repetition in text format', async () => {
    const r = await cli('check', fixturePath('seeds', '002.txt'));
    expect(r.out).toMatch(/\[警告\] duplicate\/within-report/);
    expect(r.out).toContain('↔ 二、综合评价分析');
    expect(r.out).toContain('修改建议：');
  });

  it('checks several files, each on its own', async () => {
    const r = await cli('check', fixturePath('seeds', '003.txt'), fixturePath('seeds', '004.txt'), '--format', 'json');
    expect(JSON.parse(r.out).documents.map((d: { file: string }) => d.file)).toEqual([fixturePath('seeds', '003.txt'), fixturePath('seeds', '004.txt')]);
  });

  it('exits 2 when a file cannot be read', async () => {
    const r = await cli('check', fixturePath('bad', 'encrypted.pdf'), '--format', 'json');
    expect(r.code).toBe(EXIT.INPUT);
    expect(JSON.parse(r.out).error.code).toBe('PDF_ENCRYPTED');
  });
});

describe('jixiao check on folders and patterns', () => {
  const dir = join(tmp, 'reports');
  mkdirSync(join(dir, '2021'), { recursive: true });
  copyFileSync(fixturePath('seeds', '000.txt'), join(dir, '000.txt'));
  copyFileSync(fixturePath('seeds', '002.txt'), join(dir, '2021', '002.txt'));
  copyFileSync(fixturePath('seeds', '004.docx'), join(dir, '2021', '004.docx'));
  writeFileSync(join(dir, 'notes.md'), '不是报告');

  it('checks every report below a folder, in one JSON document', async () => {
    const r = await cli('check', dir, '--format', 'json');
    const files = JSON.parse(r.out).documents.map((d: { file: string }) => d.file);
    expect(files).toEqual([join(dir, '000.txt'), join(dir, '2021', '002.txt'), join(dir, '2021', '004.docx')]);
  });

  it('takes glob patterns and plain files together', async () => {
    const r = await cli('check', `${dir}/**/*.docx`, join(dir, '000.txt'), '--format', 'json');
    expect(JSON.parse(r.out).documents.map((d: { file: string }) => d.file)).toEqual([join(dir, '2021', '004.docx'), join(dir, '000.txt')]);
  });

  it('--against-each-other reports reuse between the given reports, and lists the pairs', async () => {
    const plain = JSON.parse((await cli('check', dir, '--format', 'json')).out);
    const anyReuse = (d: { findings: Array<{ ruleId: string }> }) => d.findings.some((f) => f.ruleId === 'duplicate/against-reference');
    expect(plain.documents.some(anyReuse)).toBe(false);
    const each = JSON.parse((await cli('check', dir, '--against-each-other', '--format', 'json')).out);
    const [d000, d002, d004] = each.documents;
    const reuse = d000.findings.filter((f: { ruleId: string }) => f.ruleId === 'duplicate/against-reference');
    expect(reuse.length).toBeGreaterThan(0);
    expect(reuse.every((f: { related: Array<{ file: string }> }) => f.related[0]!.file === join(dir, '2021', '002.txt'))).toBe(true);
    expect(anyReuse(d002)).toBe(true);
    expect(anyReuse(d004)).toBe(false);
    const text = await cli('check', dir, '--against-each-other');
    expect(text.out).toContain(`报告之间的重复：3 份报告两两比对，1 对有重复段落：\n  ${join(dir, '000.txt')} ↔ ${join(dir, '2021', '002.txt')}：${reuse.length} 处`);
  });

  it('in a run over several files, reports an unreadable one, checks the others and exits 2', async () => {
    const bad = join(tmp, 'with-bad');
    mkdirSync(bad);
    copyFileSync(fixturePath('seeds', '003.txt'), join(bad, '003.txt'));
    copyFileSync(fixturePath('bad', 'encrypted.pdf'), join(bad, 'encrypted.pdf'));
    const r = await cli('check', bad, '--format', 'json');
    expect(r.code).toBe(EXIT.INPUT);
    const docs = JSON.parse(r.out).documents;
    expect(docs.map((d: { file: string }) => d.file)).toEqual([join(bad, '003.txt'), join(bad, 'encrypted.pdf')]);
    expect(docs[0].stats.numbersFound).toBeGreaterThan(10);
    expect(docs[1]).toEqual({ file: join(bad, 'encrypted.pdf'), error: { code: 'PDF_ENCRYPTED', message: expect.stringContaining('encrypted.pdf') } });
    expect(r.err).toContain('错误（PDF_ENCRYPTED）：文件「');
  });

  it('FILE_NOT_FOUND for a folder without reports or a pattern matching nothing', async () => {
    const none = join(tmp, 'none');
    mkdirSync(none);
    const r = await cli('check', none, '--format', 'json');
    expect(r.code).toBe(EXIT.INPUT);
    expect(JSON.parse(r.out).error.code).toBe('FILE_NOT_FOUND');
    expect((await cli('check', `${dir}/*.pdf`)).err).toContain('没有与');
  });
});

describe('jixiao figures', () => {
  it('validates a figures file', async () => {
    const ok = await cli('figures', write('f.json', JSON.stringify({ budget: { adjusted: '100' }, execution: '90' })), '--format', 'json');
    expect(ok.code).toBe(EXIT.OK);
    expect(JSON.parse(ok.out).figures.execution).toBe('90');
  });
  it("checks the file's own arithmetic and exits 1 when it does not add up", async () => {
    const r = await cli('figures', fixturePath('figures', '000-wrong.json'), '--format', 'json');
    expect(r.code).toBe(EXIT.FINDINGS);
    const { problems } = JSON.parse(r.out);
    expect(problems.map((p: { path: string; severity: string }) => `${p.path}:${p.severity}`)).toEqual(['byNature:warning', 'byFunction:error']);
    const ok = await cli('figures', fixturePath('figures', '000.json'));
    expect(ok.code).toBe(EXIT.OK);
    expect(ok.out).toContain('各项合计、比率与评级一致');
  });

  it("check --figures names the contradicted field and reports the file's own problems", async () => {
    const r = await cli('check', fixturePath('seeds', '000.txt'), '--figures', fixturePath('figures', '000-wrong.json'), '--format', 'json');
    expect(r.code).toBe(EXIT.FINDINGS);
    const out = JSON.parse(r.out);
    expect(out.figures.problems.some((p: { field: string }) => p.field === '支出按功能分类')).toBe(true);
    const mismatch = out.documents[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'number/figures-mismatch');
    expect(mismatch.map((f: { quote: string; message: string }) => f.quote)).toEqual(['2,760.71万元', '18.30万元']);
    expect(mismatch[0].message).toContain('全年执行数');
  });

  it('reports INVALID_FIGURES for bad JSON and for bad fields', async () => {
    const bad = await cli('figures', write('bad.json', '{"budget": '));
    expect(bad.code).toBe(EXIT.INPUT);
    expect(bad.err).toContain('INVALID_FIGURES');
    const field = await cli('figures', write('bad2.json', JSON.stringify({ budget: { adjusted: 'abc' }, execution: 1 })), '--format', 'json');
    expect(JSON.parse(field.out).error.details[0].field).toBe('预算的调整后预算数');
  });
});
