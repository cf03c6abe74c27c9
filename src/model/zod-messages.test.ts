import { describe, expect, it } from 'vitest';
import { validateDraftRequest } from '../draft/validate-request';
import { seedRequest } from '../draft/test-requests';
import { parseFigures } from './figures';

const figures = { budget: { adjusted: '100' }, execution: '90' };

describe('validation messages tell a wrong type from a missing field', () => {
  it('figures: a list where a number is due is “应为数字…”, not “缺少此项”', () => {
    const r = parseFigures({ ...figures, execution: [1, 2] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.path === 'execution')!;
    expect(p.message).toContain('应为数字');
    expect(p.message).not.toContain('缺少此项');
  });

  it('figures: a number where text is due is “应为文本”', () => {
    const r = parseFigures({ ...figures, department: 42 });
    if (r.ok) throw new Error('accepted');
    expect(r.problems.find((x) => x.path === 'department')!.message).toBe('类型不对：应为文本');
  });

  it('figures: a list of the wrong type is “应为列表”, a missing field still “缺少此项”', () => {
    const r = parseFigures({ budget: { adjusted: '100' }, projects: 'x' });
    if (r.ok) throw new Error('accepted');
    expect(r.problems.find((x) => x.path === 'projects')!.message).toBe('类型不对：应为列表（[…]）');
    expect(r.problems.find((x) => x.path === 'execution')!.message).toBe('缺少此项');
  });

  it('draft request: highlights given as text are “应为列表”, a title given as a number “应为文本”', () => {
    const v = validateDraftRequest({ ...seedRequest('002'), highlights: [{ title: 7, detail: '做法' }] });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const messages = JSON.stringify(v);
    expect(messages).toContain('应为文本');
    expect(messages).not.toContain('缺少此项');
    const w = validateDraftRequest({ ...seedRequest('002'), highlights: '抓党建' });
    expect(JSON.stringify(w)).toContain('应为列表');
  });
});
