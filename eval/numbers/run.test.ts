import { describe, expect, it } from 'vitest';
import { NUMBER_RULES } from '../../src/rules/number';
import { USAGE_RULES } from '../../src/rules/usage';
import { evaluateFamilies } from './families-eval';
import { evaluateNumbers } from './run';

describe('numbers eval', () => {
  it('finds at least 95% of the injected defects per rule, with no false alarm on clean documents', async () => {
    const { rows } = await evaluateNumbers();
    for (const [rule, r] of rows) {
      expect(r.injected, `${rule} has injections`).toBeGreaterThan(0);
      expect(r.found / r.injected, `${rule} recall (missed: ${r.misses.join(', ')})`).toBeGreaterThanOrEqual(0.95);
      expect(r.cleanFalse, `${rule} on clean synthetic reports`).toBe(0);
      expect(r.seedErrors, `${rule} errors on the seeds`).toBe(0);
    }
  });
});

/**
 * The goal per phrasing family: recall ≥ 95% and no error-severity finding on the clean
 * texts. Families below the goal are listed with the floor they must not fall under
 * (measured when the family was added); raise a floor — or delete the entry — when
 * the rules improve.
 */
const GOAL = { recall: 0.95, cleanErrors: 0 };
const KNOWN_GAPS: Record<string, { recall: number; cleanErrors?: number }> = {
  // Found 2026-12-04 when the cases were seeded by family name instead of position (new draws):
  // a name ending in 补助 inside a sentence (上级下达职工书屋建设补助…) is not recognised as a
  // project name (findNames knows 项目/经费/资金/专项/工程 only), so the rate is not paired.
  'rate/下达-累计支出-进度': { recall: 0.8 },
  // …经费 referred to as 该项目 in the next sentence: one of five not resolved to the 经费.
  'figures/该项目-executed': { recall: 0.8 },
};

describe('numbers eval per phrasing family', () => {
  it('meets the goal per family, or at least the recorded floor of a known gap', async () => {
    const rows = await evaluateFamilies([...NUMBER_RULES, ...USAGE_RULES]);
    for (const r of rows) {
      const want = { ...GOAL, ...KNOWN_GAPS[r.family] };
      expect(r.cases, `${r.family} has cases`).toBeGreaterThanOrEqual(5);
      expect(r.found / r.cases, `${r.family} recall (missed: ${r.misses.join('; ')})`).toBeGreaterThanOrEqual(want.recall);
      expect(r.cleanErrors, `${r.family} errors on clean texts: ${r.cleanFindings.join('; ')}`).toBeLessThanOrEqual(want.cleanErrors);
    }
  }, 120_000);
});
