import { describe, expect, it } from 'vitest';
import { measureDraft } from '../quality';
import { draftValid, parseDraftInput, templateProvider, type DraftOutput } from '..';
import { SEEDS, seedRequest } from '../test-requests';

const draft = (input: unknown) => draftValid(parseDraftInput(input), { provider: templateProvider });
const section = (d: DraftOutput, kind: string) => d.sections.find((s) => s.kind === kind)!.text;

describe('template provider on the five seeds’ requests', () => {
  it.each(SEEDS)('%s: every requested section, every number grounded, register clean, nothing repeated, every highlight covered', async (seed) => {
    const input = seedRequest(seed);
    const d = await draft(input);
    expect(d.sections.map((s) => s.kind)).toEqual(parseDraftInput(input).sections);
    expect(d.grounding.grounded).toBe(d.grounding.numbers);
    const m = measureDraft(parseDraftInput(input).request, d);
    expect(m.repeats).toBe(0);
    for (const r of m.rows) {
      expect(r.register, `${seed} ${r.kind}`).toBe(0);
      if (r.highlights) expect(r.highlights.covered).toBe(r.highlights.total);
    }
    expect(d.findings.filter((f) => f.ruleId.startsWith('draft/register') || f.ruleId === 'draft/repetition')).toEqual([]);
  });

  it('is deterministic: the same request gives byte-identical output', async () => {
    expect(JSON.stringify(await draft(seedRequest('004')))).toBe(JSON.stringify(await draft(seedRequest('004'))));
  });

  it('writes the figures as in the source tables (seed 004 收支情况)', async () => {
    const text = section(await draft(seedRequest('004')), 'income');
    expect(text).toContain('全年预算数2,319.54万元（年初预算数2,165.98万元，年中调增153.56万元，预算调整率7.09%）');
    expect(text).toContain('预算执行率98.61%');
    expect(text).toContain('32.35万元');
  });

  it('indicators: targets against actuals, the shortfall with its gap, unreported ones named', async () => {
    const text = section(await draft(seedRequest('004')), 'indicators');
    expect(text).toContain('共设置绩效指标14项。已填报实际完成值的5项指标中，4项达到或超过年度目标，1项未达到年度目标；另有9项尚未填报实际完成值。');
    expect(text).toContain('接待团组批数目标5批，实际完成1批次，较目标少4批，完成目标的20%');
    expect(text).toContain('委员履职参与率目标90%，实际达到95%，超过目标');
  });

  it('achievements: summary phrase first, numbered for long items and 一是… for short ones', async () => {
    const long = section(await draft(seedRequest('000')), 'achievements').split('\n');
    expect(long[1]).toMatch(/^1\.把牢主轴、增强定力，加强党对政协工作全面领导。/);
    expect(long[3]).toContain('委员提交提案114件，经审查立案105件，民生提案占比68.6%以上');
    const short = section(await draft(seedRequest('002')), 'achievements');
    expect(short).toMatch(/一是抓实党史学习教育。.*二是深入开展模范机关创建活动。.*四是扎实开展行风评议工作。/);
  });

  it('conclusion: the rating the score earns, whatever rating was typed', async () => {
    const input = seedRequest('000');
    const d = await draft({ ...input, figures: { ...input.figures, selfScore: '85.5', rating: '优' } });
    expect(section(d, 'conclusion')).toContain('85.5分');
    expect(section(d, 'conclusion')).toContain('“良”');
    expect(d.findings.map((f) => f.ruleId)).toContain('figures/ratingMismatch');
  });

  it('projects: budget, executed and rate per project, with an overview for several', async () => {
    const d = await draft({
      figures: {
        budget: { adjusted: '100' },
        execution: '95',
        projects: [
          { name: '信息化运维', budget: '40', executed: '28' },
          { name: '专项工作费', budget: '60', executed: '60' },
        ],
      },
      sections: ['projects'],
    });
    const text = section(d, 'projects');
    expect(text).toContain('重点任务项目共2个，预算合计100万元，实际支出88万元，总体执行率88%');
    expect(text).toContain('信息化运维项目全年预算数40万元，执行数28万元，预算执行率70%。尚有12万元未执行');
    expect(d.grounding.grounded).toBe(d.grounding.numbers);
  });
});
