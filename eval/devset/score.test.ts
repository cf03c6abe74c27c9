import { describe, expect, it } from 'vitest';
import { scoreDevset, spanOf, summarize, type DocumentRun, type ScoredFinding } from './score';

const text = '全年受理信访事项120件，其中来信50件、来访60件。项目甲预算数100.00万元，执行数98.00万元，执行率98.00%。自评得分91.20分，等级为良。';
const at = (quote: string) => spanOf(text, quote)!;
const finding = (quote: string, severity: ScoredFinding['severity'], related: string[] = []): ScoredFinding => ({
  ruleId: 'number/test',
  severity,
  message: '',
  quote,
  spans: [at(quote), ...related.map(at)],
});

const defective = (findings: ScoredFinding[]): DocumentRun => ({
  text,
  findings,
  labels: {
    file: 'x.txt',
    clean: false,
    defects: [
      { kind: 'sum', quote: '其中来信50件、来访60件' },
      { kind: 'rating', quote: '自评得分91.20分，等级为良' },
    ],
    traps: [{ quote: '执行数98.00万元，执行率98.00%' }],
  },
});

describe('devset scoring', () => {
  it('counts a defect hit through the finding quote or a related quote, once, whatever the severity', () => {
    const score = scoreDevset([defective([finding('120件', 'warning', ['来信50件']), finding('其中来信', 'error')])]);
    const s = summarize(score);
    expect(s.hits).toBe(1);
    expect(s.byKind).toEqual([
      { kind: 'rating', defects: 1, hits: 0 },
      { kind: 'sum', defects: 1, hits: 1 },
    ]);
    expect(score.defects[0]!.by).toEqual(['number/test(warning)', 'number/test(error)']);
  });

  it('does not count touching spans (half-open overlap) as a hit', () => {
    // '120件，' ends where '其中' begins.
    const s = summarize(scoreDevset([defective([finding('120件，', 'error')])]));
    expect(s.hits).toBe(0);
    expect(s.unmatched).toBe(1);
  });

  it('counts error findings on traps as false alarms and warnings separately', () => {
    const score = scoreDevset([defective([finding('执行率98.00%', 'error'), finding('98.00万元', 'warning'), finding('项目甲预算数', 'info')])]);
    const s = summarize(score);
    expect(s.trapsWithErrors).toBe(1);
    expect(s.trapsWithWarnings).toBe(1);
    expect(s.trapWarnings).toBe(1);
    expect(score.traps[0]!.infos).toHaveLength(0);
    expect(s.unmatched).toBe(0);
  });

  it('lists unmatched errors in defective documents only; in clean documents every error counts', () => {
    const findings = [finding('项目甲预算数', 'error'), finding('120件', 'warning')];
    const run = defective(findings);
    expect(scoreDevset([run]).unmatched.map((u) => u.finding.quote)).toEqual(['项目甲预算数']);
    const clean = scoreDevset([{ ...run, labels: { ...run.labels, clean: true, defects: [], traps: [] } }]);
    expect(clean.unmatched).toEqual([]);
    expect(summarize(clean).cleanErrors).toBe(1);
    expect(clean.cleanErrors[0]!.warnings).toBe(1);
  });

  it('reports label quotes missing from the text instead of matching them anywhere', () => {
    const run = defective([finding('全年受理信访事项120件', 'error')]);
    run.labels.defects.push({ kind: 'sum', quote: '不存在的句子' });
    const score = scoreDevset([run]);
    expect(score.missingQuotes).toEqual([{ file: 'x.txt', quote: '不存在的句子' }]);
    expect(score.defects[2]!.hit).toBe(false);
  });
});
