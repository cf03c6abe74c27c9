import { describe, expect, it } from 'vitest';
import { runDraftEval } from './run';

describe('drafting eval', () => {
  it('meets its targets for both providers: 100 % grounded, every highlight covered, nothing repeated, register clean', async () => {
    const report = await runDraftEval();
    const totals = report.split('\n').filter((l) => l.startsWith('all '));
    expect(totals).toHaveLength(2);
    for (const line of totals) {
      const cols = line.trim().split(/\s{2,}/);
      expect(cols[3]).toBe('100%');
      const [covered, total] = cols[6]!.split('/');
      expect(covered).toBe(total);
      expect(cols.at(-1)).toBe('0');
    }
    for (const line of report.split('\n').filter((l) => l.startsWith('repeated passages'))) expect(line).toMatch(/^repeated passages across sections: 0 /);
  });
});
