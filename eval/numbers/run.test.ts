import { describe, expect, it } from 'vitest';
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
