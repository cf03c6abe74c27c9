import { describe, expect, it } from 'vitest';
import { buildMatchView } from './match-text';
import { alignRanges, diffTokens } from './passages';

describe('alignRanges', () => {
  const align = (a: string, b: string) => {
    const va = buildMatchView(a);
    const vb = buildMatchView(b);
    return alignRanges(a, va, 0, va.text.length, b, vb, 0, vb.text.length);
  };

  it('classifies exact, near and partial', () => {
    expect(align('全年共征集提案693件，经审查立案456件。', '全年共征集提案 693 件，经审查立案 456 件；').kind).toBe('exact');
    const near = align('我委荣获优秀组织奖。', '我委获优秀组织奖。');
    expect(near.kind).toBe('near');
    expect(near.similarity).toBeCloseTo(16 / 17, 5);
    expect(near.containment).toBe(1);
    expect(align('政协民生平台专项预算完成率', '信息化运维专项预算完成率').kind).toBe('partial');
  });

  it('flags passages equal up to their numbers (数字不同) and diffs numbers as whole tokens', () => {
    const r = align('本部门 2021 年预算数 3,363.37 万元，完成预算的 82.1%。', '本部门 2022 年预算数 890.33 万元，完成预算的 80.2%。');
    expect(r.digitsDiffer).toBe(true);
    expect(r.kind).toBe('near');
    expect(r.diff.filter((d) => d.op === 'delete').map((d) => d.text.trim())).toEqual(['2021', '3,363.37', '82.1%。']);
    expect(r.diff.filter((d) => d.op === 'insert').map((d) => d.text.trim())).toEqual(['2022', '890.33', '80.2%。']);
  });

  it('diff texts (equal + delete) reproduce the source of side A exactly', () => {
    const a = '“深化团结联谊强信心”。始终把促进粤港澳紧密合作作为重要履职内容，';
    const b = '深化团结联谊，始终把促进港澳紧密合作作为履职内容。';
    const r = align(a, b);
    expect(
      r.diff
        .filter((d) => d.op !== 'insert')
        .map((d) => d.text)
        .join(''),
    ).toBe(a.slice(r.a.start, r.a.end));
    expect(a.slice(r.a.start, r.a.end)).toBe('“深化团结联谊强信心”。始终把促进粤港澳紧密合作作为重要履职内容');
    for (const d of r.diff) if (d.op === 'insert') expect(b.slice(d.b!.start, d.b!.end)).toBe(d.text);
  });
});

describe('diffTokens', () => {
  it('returns char offsets with numbers replaced as units', () => {
    expect(diffTokens('预算数50万元', '预算数25万元')).toEqual([
      { op: 'equal', aFrom: 0, aTo: 3, bFrom: 0, bTo: 3 },
      { op: 'delete', aFrom: 3, aTo: 5, bFrom: 3, bTo: 3 },
      { op: 'insert', aFrom: 5, aTo: 5, bFrom: 3, bTo: 5 },
      { op: 'equal', aFrom: 5, aTo: 7, bFrom: 5, bTo: 7 },
    ]);
  });
});
