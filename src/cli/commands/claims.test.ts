import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../test/seeds';
import { EXIT, run } from '../main';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-claims-'));
const write = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

type Row = { quote: string; subject: string; subjectReasonLabel: string; measure: string | null; status: string; statusLabel: string };

describe('jixiao claims', () => {
  it('prints one JSON document: every number with subject, reason, measure and status', async () => {
    const r = await cli('claims', fixturePath('seeds', '000.txt'), '--figures', fixturePath('figures', '000.json'), '--format', 'json');
    expect(r.code).toBe(EXIT.OK);
    const body = JSON.parse(r.out) as { documents: Array<{ summary: { total: number; verified: number; unchecked: number }; claims: Row[] }>; figures: { problems: unknown[] } };
    const d = body.documents[0]!;
    expect(d.claims).toHaveLength(d.summary.total);
    expect(d.summary.verified).toBeGreaterThan(0);
    expect(d.summary.unchecked).toBeGreaterThan(0);
    const gps = d.claims.find((c) => c.quote.startsWith('2,022.35'))!;
    expect(gps).toMatchObject({ subject: '一般公共服务支出', subjectReasonLabel: '明确主语', status: 'verified' });
    for (const c of d.claims) expect(['明确主语', '项目条目', '标题', '指代', '承接上文', '部门', '无法确定']).toContain(c.subjectReasonLabel);
    expect(body.figures.problems).toEqual([]);
  });

  it('shows a contradicted number in the text table and exits 1 when the checks found an error', async () => {
    const text = readFileSync(fixturePath('seeds', '000.txt'), 'utf8').replace('2,022.35 万元', '2,032.35 万元');
    const r = await cli('claims', write('wrong.txt', text), '--figures', fixturePath('figures', '000.json'));
    expect(r.code).toBe(EXIT.FINDINGS);
    expect(r.out).toMatch(/wrong\.txt：数字 \d+ 个，已核对 \d+ 个，矛盾 [1-9]\d* 个，未核对 \d+ 个/);
    expect(r.out).toMatch(/2,032\.35 ?万元 {2}主体 一般公共服务支出（明确主语）.*【矛盾：/);
    expect(r.out).toContain('【未核对】');
  });

  it('exits 2 with the API error envelope for usage and input errors', async () => {
    const none = await cli('claims', '--format', 'json');
    expect(none.code).toBe(EXIT.INPUT);
    expect(JSON.parse(none.out).error.code).toBe('USAGE');
    const missing = await cli('claims', join(tmp, 'nope.txt'), '--format', 'json');
    expect(missing.code).toBe(EXIT.INPUT);
    expect(JSON.parse(missing.out).error.code).toBe('FILE_NOT_FOUND');
    const badFigures = await cli('claims', fixturePath('seeds', '000.txt'), '--figures', write('bad.json', '{'), '--format', 'json');
    expect(badFigures.code).toBe(EXIT.INPUT);
    expect(JSON.parse(badFigures.out).error.code).toBe('INVALID_FIGURES');
    const against = await cli('claims', fixturePath('seeds', '000.txt'), '--against', fixturePath('seeds', '001.txt'));
    expect(against.code).toBe(EXIT.INPUT);
    expect(against.err).toContain('USAGE');
  });
});
