import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDevset, findDevset, formatDevset } from './run';

describe('devset runner', () => {
  it('takes the set from JIXIAO_DEVSET when it holds labels.json, and reports an absent set as undefined', () => {
    const dir = mkdtempSync(join(tmpdir(), 'devset-'));
    expect(findDevset({ JIXIAO_DEVSET: dir })).toBeUndefined();
    writeFileSync(join(dir, 'labels.json'), '{"documents":[]}');
    expect(findDevset({ JIXIAO_DEVSET: dir })).toBe(dir);
  });

  const dir = findDevset();
  it.runIf(dir !== undefined)(
    'runs the check pipeline on every report, locates every label quote and meets the goals',
    async () => {
      const e = (await evaluateDevset(dir))!;
      expect(e.runs).toHaveLength(20);
      expect(e.summary.defects).toBe(41);
      expect(e.summary.traps).toBe(123);
      expect(e.summary.cleanDocuments).toBe(7);
      expect(e.score.missingQuotes).toEqual([]);
      // Each finding keeps its own span in the text as written.
      for (const r of e.runs) for (const f of r.findings) expect(f.spans[0]!.end).toBeGreaterThanOrEqual(f.spans[0]!.start);
      expect(formatDevset(e, true)).toContain('missed defects');
      // The goals of issue 9: recall ≥ 90% per kind, no error on a clean report or a trap, at most 5 warnings on traps.
      for (const k of e.summary.byKind) expect(k.hits / k.defects, `recall of ${k.kind}`).toBeGreaterThanOrEqual(0.9);
      expect(e.score.cleanErrors.flatMap((c) => c.errors.map((f) => `${c.file} ${f.ruleId} «${f.quote}»`))).toEqual([]);
      expect(e.score.traps.filter((t) => t.errors.length > 0).map((t) => `${t.file} «${t.quote}»`)).toEqual([]);
      expect(e.summary.trapWarnings).toBeLessThanOrEqual(5);
    },
    60_000,
  );
});
