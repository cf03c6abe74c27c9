import { describe, expect, it } from 'vitest';
import { seedRequest } from '../test-requests';
import { validateDraftRequest } from '../validate-request';
import { buildDraftData } from './build';

const data = (input: unknown) => {
  const v = validateDraftRequest(input);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return buildDraftData(v.request);
};
const texts = (input: unknown) =>
  Object.fromEntries(
    data(input)
      .facts.list()
      .map((f) => [f.id, f.text]),
  );

describe('fact table', () => {
  it('computes rates exactly and renders them half-up at the requested precision (seed 000: 82.1%)', () => {
    const t = texts(seedRequest('000'));
    expect(t).toMatchObject({ year: '2021年', budget_adjusted: '3,363.37万元', execution: '2,760.71万元', exec_rate: '82.1%', unexecuted: '602.66万元' });
    expect(t).toMatchObject({ fn_2: '18.30万元', fn_1_share: '73.3%', basic_share: '93.7%', score: '91.82分', rating: '优', proj_1_rate: '100%' });
  });

  it('98.12497…% rounds to 98.12, never through a binary float (seed 001)', () => {
    const t = texts({ figures: { budget: { adjusted: '14869.67' }, execution: '14590.86' } });
    expect(t.exec_rate).toBe('98.12%');
  });

  it('adjustment: initial, the change and its rate (seed 004: 153.56 ÷ 2165.98 = 7.09%)', () => {
    const t = texts(seedRequest('004'));
    expect(t).toMatchObject({ budget_initial: '2,165.98万元', budget_adjustment: '153.56万元', adjust_rate: '7.09%', exec_rate: '98.61%' });
  });

  it('indicators: stated values as written, shortfall and completion computed, counts', () => {
    const t = texts(seedRequest('004'));
    expect(t).toMatchObject({ ind_10_target: '5批', ind_10_actual: '1批次', ind_10_gap: '4批', ind_10_completion: '20%' });
    expect(t).toMatchObject({ ind_count: '14项', ind_reported_count: '5项', ind_met_count: '4项', ind_below_count: '1项', ind_missing_count: '9项' });
  });

  it('highlight numbers keep their approximation words in the right place', () => {
    const t = texts(seedRequest('001'));
    expect(t).toMatchObject({ h6_n2: '1200余条', h6_n7: '500万元', h3_n3: '65.8%' });
    expect(texts(seedRequest('000')).h3_n3).toBe('68.6%以上');
  });

  it('numbers inside the request’s own strings are facts of their scope', () => {
    const d = data(seedRequest('002'));
    const f = d.facts.list().find((x) => x.id.startsWith('h2_q') && x.text === '2021年');
    expect(f?.scope).toBe('highlights');
  });

  it('no indicator facts without indicators; no year fact without a year', () => {
    const t = texts({ figures: { budget: { adjusted: '10' }, execution: '10' } });
    expect(Object.keys(t).filter((k) => k.startsWith('ind_') || k === 'year')).toEqual([]);
    expect(t.exec_rate).toBe('100%');
  });
});
