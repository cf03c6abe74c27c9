import { describe, expect, it } from 'vitest';
import { hasCompleteClause, settleEdges } from './clause-edges';
import { buildMatchView } from './match-text';

describe('hasCompleteClause', () => {
  const v = buildMatchView(
    '(1) 负责政协广州市委员会全体会议、常务委员会会议、主席会议、委员专题座谈会的组织和服务工作。紧扣中心工作，坚持建言资政和凝聚共识双向发力，切实做到协商有效。信息化运维专项预算完成率为 100%，绩效目标完成情况：团结各界',
  );
  const range = (s: string) => [v.text.indexOf(s), v.text.indexOf(s) + s.length] as const;

  it('rejects a shared opening phrase that ends mid-clause', () => {
    expect(hasCompleteClause(v, ...range('负责政协广州市委员会全体会议常务委员会会议主席会议'))).toBe(false);
  });

  it('accepts a passage covering a whole clause, with slack for a short prefix', () => {
    expect(hasCompleteClause(v, ...range('坚持建言资政和凝聚共识双向发力切实做到'))).toBe(true);
    expect(hasCompleteClause(v, ...range('持建言资政和凝聚共识双向发力'))).toBe(true);
  });

  it('does not count a lead-in label ending in ：as a clause', () => {
    expect(hasCompleteClause(v, ...range('专项预算完成率为100%绩效目标完成情况'))).toBe(false);
  });
});

describe('settleEdges', () => {
  it('takes in a short prefix on one side (我们)', () => {
    const a = buildMatchView('前文。始终把加强自身建设作为重要抓手。');
    const b = buildMatchView('后文。我们始终把加强自身建设作为重要抓手。');
    const [aF, aT, bF, bT] = settleEdges(a, 2, 16, b, 4, 18);
    expect([a.text.slice(aF, aT), b.text.slice(bF, bT)]).toEqual(['始终把加强自身建设作为重要抓手', '我们始终把加强自身建设作为重要抓手']);
  });

  it('pulls back an end that overshoots a boundary by coincidentally equal chars', () => {
    const a = buildMatchView('协商有效、议政有为。聚焦推动数字政府建设，');
    const b = buildMatchView('协商有效、议政有为。\n\n聚焦重大课题积极献计。');
    const end = a.text.indexOf('推动');
    const [aF, aT, bF, bT] = settleEdges(a, 0, end, b, 0, end);
    expect([a.text.slice(aF, aT), b.text.slice(bF, bT)]).toEqual(['协商有效议政有为', '协商有效议政有为']);
  });

  it('extends over alike tails but not over a long different stretch', () => {
    const a = buildMatchView('符合全国政协关于提质增效的要求。');
    const b = buildMatchView('符合全国政协提质增效要求。');
    expect(settleEdges(a, 0, 6, b, 0, 6)).toEqual([0, 15, 0, 12]);
    const c = buildMatchView('联合开展“百名党员共绣党旗”“百幅红色照片展”，举办活动');
    const d = buildMatchView('一是，开展百部微党课展播、“百幅红色照片展”、举办活动');
    const [cF, , dF] = settleEdges(c, c.text.indexOf('百幅'), c.text.length, d, d.text.indexOf('百幅'), d.text.length);
    expect(c.text.slice(cF, cF + 2)).toBe('百幅');
    expect(d.text.slice(dF, dF + 2)).toBe('百幅');
  });
});
