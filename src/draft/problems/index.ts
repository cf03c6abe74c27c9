import type { WriterContext } from '../plan';
import { normalizeSentence } from '../text/sentence';
import { problemsFromFigures } from './from-figures';
import { genericMeasure, splitHint } from './hints';
import { topicsOf, type Problem } from './types';

export type { Problem, ProblemTopic } from './types';

/** Weight of a hint no figure explains: after a low execution rate, before the minor data gaps. */
const HINT_WEIGHT = 18;

/**
 * The year's problems, most serious first: those the figures show, each user hint merged
 * into the derived problem of its topic or added as its own; measure hints are attached to
 * the problem of their topic, or kept as measures of their own (`extraMeasures`).
 */
export function deriveProblems(c: WriterContext): { problems: Problem[]; extraMeasures: string[] } {
  const problems: Problem[] = problemsFromFigures(c).map((d) => ({ ...d, id: '', hints: [], measureHints: [], derived: true }));
  const used = new Map<string, number>();
  for (const hint of c.request.problems) {
    const topics = topicsOf(hint);
    const topic = topics[0]!;
    const match = problems.find((p) => p.derived && topics.includes(p.topic));
    if (match) {
      match.hints.push(normalizeSentence(hint));
      continue;
    }
    const [short, rest] = splitHint(hint);
    const k = used.get(topic) ?? 0;
    used.set(topic, k + 1);
    const [measureShort, measure] = genericMeasure(topic, k);
    problems.push({ id: '', topic, weight: HINT_WEIGHT - problems.length * 0.01, short, evidence: rest, measureShort, measure, facts: [], hints: [], measureHints: [], derived: false });
  }
  const ranked = problems.sort((a, b) => b.weight - a.weight);
  ranked.forEach((p, i) => (p.id = `p${i + 1}`));
  const unmatched: string[] = [];
  for (const m of c.request.measures) {
    const topics = topicsOf(m);
    const match = ranked.find((p) => topics.includes(p.topic));
    if (match) match.measureHints.push(normalizeSentence(m));
    else unmatched.push(m);
  }
  // the user's other measures answer the user's own problems, in the order given
  const extraMeasures: string[] = [];
  for (const m of unmatched) {
    const open = ranked.find((p) => !p.derived && p.measureHints.length === 0);
    if (open) open.measureHints.push(normalizeSentence(m));
    else extraMeasures.push(m);
  }
  return { problems: ranked, extraMeasures };
}
