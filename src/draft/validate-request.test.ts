import { describe, expect, it } from 'vitest';
import { seedRequest } from './test-requests';
import { validateDraftRequest } from './validate-request';

const minimal = { figures: { budget: { adjusted: '100' }, execution: '90' } };

describe('validateDraftRequest', () => {
  it('accepts every eval request, with the sections it asks for in report order', () => {
    const v = validateDraftRequest(seedRequest('004'));
    expect(v.ok && v.sections).toEqual(['income', 'indicators', 'achievements', 'problems', 'measures']);
  });

  it('defaults: 我部门, two-decimal percentages, every section the data allows, the rest skipped', () => {
    const v = validateDraftRequest(minimal);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.request.options).toEqual({ selfReference: '我部门', percentDecimals: 2 });
    expect(v.sections).toEqual(['income', 'problems', 'measures']);
    expect(v.skipped).toEqual(['conclusion', 'indicators', 'projects', 'achievements']);
  });

  it('accepts Chinese section titles', () => {
    const v = validateDraftRequest({ ...minimal, sections: ['存在的主要问题', '部门整体收支情况'] });
    expect(v.ok && v.sections).toEqual(['income', 'problems']);
  });

  it('names bad fields in Chinese, figures fields with the figures names', () => {
    const v = validateDraftRequest({
      figures: { budget: { adjusted: '三百万' } },
      highlights: [{ title: '', numbers: [{ label: '培训', value: 'x' }] }],
      options: { selfReference: '我' },
      sections: ['summary'],
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const byPath = Object.fromEntries(v.problems.map((p) => [p.path, p]));
    expect(byPath['figures.budget.adjusted']!.field).toBe('数据（figures）中预算的调整后预算数');
    expect(byPath['highlights.0.title']!.field).toBe('工作要点（highlights）第1项的概括语');
    expect(byPath['highlights.0.numbers.0.value']!.message).toMatch(/应为数字金额/);
    expect(byPath['options.selfReference']!.message).toContain('我部门、我单位、我局、我委、我会');
    expect(byPath['sections.0']!.message).toContain('无法识别的章节');
  });

  it('rejects unknown fields, so a typo does not pass silently', () => {
    const v = validateDraftRequest({ ...minimal, highlight: [] });
    expect(v.ok).toBe(false);
  });

  it('an explicitly requested section without its data is an error naming what is missing', () => {
    const v = validateDraftRequest({ figures: {}, sections: ['income', 'conclusion', 'achievements'] });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => p.path)).toEqual(['figures.budget.adjusted', 'figures.selfScore', 'highlights']);
    expect(v.problems[1]!.message).toContain('起草“自评结论综述”需要自评得分');
  });
});
