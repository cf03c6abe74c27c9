// The same figures give the same verdict in the checker (src/rules, figures self-check) and the drafter (src/draft):
// both take it from src/domain (issue 10).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule } from '../src/check/rule-tester';
import { figuresProblems } from '../src/domain';
import { draftValid, parseDraftInput, templateProvider } from '../src/draft';
import { parseFigures, type Figures } from '../src/model/figures';
import { allMetClaim } from '../src/rules/number/all-met-claim';
import { indicatorShortfall } from '../src/rules/number/indicator-shortfall';
import { ratingScore } from '../src/rules/number/rating-score';
import { fixturePath } from './seeds';

function figures(input: unknown): Figures {
  const r = parseFigures(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.figures;
}

const draft = (f: unknown) => draftValid(parseDraftInput({ figures: f }), { provider: templateProvider });
const section = (d: Awaited<ReturnType<typeof draft>>, kind: string) => d.sections.find((s) => s.kind === kind)!.text;

describe('checker and drafter agree', () => {
  it('seed 002: the 0.01 of 按功能分类 is one warning, figures/byFunctionSum, in the same words', async () => {
    const seed = figures(JSON.parse(readFileSync(fixturePath('figures', '002.json'), 'utf8')));
    const checker = figuresProblems(seed);
    expect(checker.map((p) => `${p.ruleId} ${p.severity}`)).toEqual(['figures/byFunctionSum warning']);
    expect(checker[0]!.message).toBe('一般公共服务支出 523.39 + 社会保障和就业支出 142.46 + 卫生健康支出 5.01 + 住房保障支出 43.22 = 714.08，与全年执行数 714.07 不一致（相差 0.01，属尾数舍入级差异）');
    const drafted = await draft(seed);
    const found = drafted.findings.filter((f) => f.ruleId.startsWith('figures/'));
    expect(found.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['figures/byFunctionSum warning']);
    expect(found[0]!.message).toContain(checker[0]!.message);
  });

  it('群众投诉率 target 5%, actual 3%: met for both; 8%: short for both', async () => {
    const base = { budget: { adjusted: '100' }, execution: '98' };
    const claim = '（二）年度总体工作和重点工作任务\n本年度各项绩效指标均已全面完成。';
    const HEADER = '关键指标 指标内容 预期实现值 指标完成情况\n';
    for (const [actual, short] of [
      ['3%', false],
      ['8%', true],
    ] as const) {
      const f = figures({ ...base, indicators: [{ name: '群众投诉率', target: '5%', actual }] });
      const checker = await runRule(allMetClaim, claim, { figures: f });
      expect(checker.map((x) => x.messageId)).toEqual(short ? ['claimVsShortfall'] : []);
      const row = await runRule(indicatorShortfall, `${HEADER}群众投诉率 投诉率 5% ${actual}`);
      expect(row.length > 0).toBe(short);
      const d = await draft(f);
      expect(section(d, 'indicators')).toContain(short ? '未达到年度目标' : '1项达到或超过年度目标');
      expect(section(d, 'problems').includes('群众投诉率')).toBe(short);
    }
  });

  it('an explicit direction in the figures decides where the name cannot (办结时间, lower is better)', async () => {
    const f = figures({ budget: { adjusted: '100' }, execution: '98', indicators: [{ name: '平均办结时间', target: '5个工作日', actual: '7个工作日', direction: 'lower' }] });
    expect((await runRule(allMetClaim, '（二）年度总体工作和重点工作任务\n本年度各项绩效指标均已全面完成。', { figures: f })).map((x) => x.messageId)).toEqual(['claimVsShortfall']);
    expect(section(await draft(f), 'problems')).toContain('平均办结时间实际为7个工作日，超出5个工作日的年度目标2个工作日');
    const { direction: _, ...guessed } = f.indicators[0]!;
    expect((await runRule(allMetClaim, '（二）年度总体工作和重点工作任务\n本年度各项绩效指标均已全面完成。', { figures: { ...f, indicators: [guessed] } })).map((x) => x.messageId)).toEqual([]);
  });

  it('scores 89.99 and 90 at the 优 boundary: the same band in the report check, the figures check and the draft', async () => {
    const base = { budget: { adjusted: '100' }, execution: '98', rating: '优' as const };
    for (const [score, band] of [
      ['89.99', '良'],
      ['90', '优'],
    ] as const) {
      const text = await runRule(ratingScore, `自评得分${score}分，评级为优。`);
      expect(text.map((f) => f.evidence.expectedRating ?? '优')).toEqual(band === '优' ? [] : ['良']);
      const fig = figuresProblems(figures({ ...base, selfScore: score }));
      expect(fig.map((p) => `${p.ruleId} ${p.severity} ${p.evidence.expectedRating}`)).toEqual(band === '优' ? [] : ['figures/ratingMismatch error 良']);
      const d = await draft({ ...base, selfScore: score });
      expect(d.findings.filter((f) => f.ruleId.startsWith('figures/')).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(fig.map((p) => `${p.ruleId} ${p.severity}`));
      expect(section(d, 'conclusion')).toContain(`“${band}”`);
    }
  });
});
