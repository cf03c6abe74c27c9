/**
 * Dense rates: 12,000 rates in one paragraph (~190k characters, within the report limit).
 * The cost here is the number analysis's scope search (src/rules/number/shared/scope.ts),
 * which the claim-model rewrite (issue 9) makes indexed; this file is kept separate so the
 * lead can verify it after that merge. Before it, this probe took 14 s in the report.
 */
import { describe, expect, it } from 'vitest';
import { checkOne } from '../core/check-report';
import { ingestText } from '../ingest/ingest';
import { cpuMs } from '../../test/cpu-clock';
import { denseRates } from './make-files';

describe('dense rates', () => {
  it('12,000 rates in one paragraph are checked within 10 s', async () => {
    const doc = await ingestText(denseRates(12_000));
    const t0 = cpuMs();
    const result = await checkOne({ doc });
    expect(cpuMs() - t0).toBeLessThan(10_000);
    expect(result.stats).toBeDefined();
  });
});
