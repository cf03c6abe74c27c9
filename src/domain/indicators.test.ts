import { describe, expect, it } from 'vitest';
import { indicatorDirection, indicatorVerdict } from './indicators';

const verdict = (name: string, target: string, actual?: string, direction?: 'higher' | 'lower') =>
  indicatorVerdict({ name, target, ...(actual !== undefined ? { actual } : {}), ...(direction ? { direction } : {}) });

describe('indicator direction', () => {
  it('takes the explicit field first, then the bound of the target, then the name, else higher is better', () => {
    expect(indicatorDirection({ name: '群众投诉率', target: '5%', direction: 'higher' })).toEqual({ direction: 'higher', source: 'field' });
    expect(indicatorDirection({ name: '满意度', target: '5%以内' })).toEqual({ direction: 'lower', source: 'target' });
    expect(indicatorDirection({ name: '群众投诉率', target: '≥5%' })).toEqual({ direction: 'higher', source: 'target' });
    expect(indicatorDirection({ name: '群众投诉率', target: '5%' })).toEqual({ direction: 'lower', source: 'name' });
    expect(indicatorDirection({ name: '安全事故发生次数', target: '0次' }).direction).toBe('lower');
    expect(indicatorDirection({ name: '培训人次', target: '1200人次' })).toEqual({ direction: 'higher', source: 'default' });
  });

  it('tells 不低于 (a floor) from 低于 (a ceiling)', () => {
    expect(indicatorDirection({ name: '覆盖率', target: '不低于95%' }).direction).toBe('higher');
    expect(indicatorDirection({ name: '空气质量', target: '低于35微克' }).direction).toBe('lower');
    expect(indicatorDirection({ name: '办件量', target: '不少于300件' }).direction).toBe('higher');
    expect(indicatorDirection({ name: '群众投诉率', target: '不超过5%' }).direction).toBe('lower');
    expect(indicatorDirection({ name: '事故发生率', target: '不高于1%' }).direction).toBe('lower');
    expect(indicatorDirection({ name: '培训合格率', target: '高于90%' }).direction).toBe('higher');
  });

  it('does not guess a name that can mean either way (a reduction or a duration)', () => {
    expect(indicatorDirection({ name: '成本降低率', target: '5%' }).direction).toBeNull();
    expect(indicatorDirection({ name: '平均办结时间', target: '5个工作日' }).direction).toBeNull();
    expect(verdict('成本降低率', '5%', '3%').status).toBe('undetermined');
    expect(verdict('成本降低率', '5%', '3%', 'higher').status).toBe('below');
  });
});

describe('indicatorVerdict', () => {
  it('群众投诉率 target 5% (or ≤5%), actual 3%: met, lower being better; 8% is the shortfall, 3 points over', () => {
    expect(verdict('群众投诉率', '5%', '3%').status).toBe('exceeded');
    expect(verdict('群众投诉率', '≤5%', '3%').status).toBe('exceeded');
    expect(verdict('群众投诉率', '5%', '5%').status).toBe('met');
    const over = verdict('群众投诉率', '5%', '8%');
    expect(over.status).toBe('below');
    expect(over.gap!.value.toString()).toBe('3');
    expect(over.gap!.kind).toBe('percent');
    expect(over.completion).toBeUndefined();
  });

  it('higher is better by default: the gap and the completion ratio, exactly (seed 004: 5批 vs 1批次)', () => {
    const r = verdict('接待团组批数', '5批', '1批次');
    expect(r.status).toBe('below');
    expect(r.gap).toMatchObject({ unit: '批', kind: 'count' });
    expect(r.gap!.value.toString()).toBe('4');
    expect(r.completion!.toString()).toBe('20');
    expect(verdict('满意度', '95%以上', '95.01%').status).toBe('exceeded');
    expect(verdict('满意度', '95%', '94.99%').gap!.value.toString()).toBe('0.01');
  });

  it('no actual, an actual in another unit, and a target in words get no verdict', () => {
    expect(verdict('指标', '85%').status).toBe('no-actual');
    expect(verdict('指标', '85%', '12人').status).toBe('no-actual');
    expect(verdict('指标', '逐步提高', '有所提高').status).toBe('unquantified');
  });
});
