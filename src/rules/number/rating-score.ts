import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { markChecked, numberAnalysis } from './shared/analysis';
import { BANDS, BANDS_TEXT, exact, MAX_SCORE, ratingFor, ratingWord } from '../../domain';
import { RATING_STATED } from './shared/rating-stated';

/** How far after (or before) a self-score a rating word may stand, within its sentence and the next. */
const WINDOW = 80;

/** number/rating-score: the self-evaluation score against the stated rating (优 ≥ 90 …), and a score above 100. */
export const ratingScore: Rule = {
  meta: {
    id: 'number/rating-score',
    family: 'number',
    description: `自评得分与评级不符（${BANDS_TEXT}），或得分超过 ${MAX_SCORE} 分`,
    severity: 'error',
    messages: {
      ratingMismatch: '自评得分 {{score}} 分对应等级为“{{expected}}”（{{band}}），文中写为“{{stated}}”。',
      scoreOutOfRange: `自评得分 {{score}} 分超过满分 ${MAX_SCORE} 分。`,
    },
    fixes: {
      ratingMismatch: '核对得分与等级：得分无误则等级应为“{{expected}}”，否则更正得分。',
      scoreOutOfRange: '核对自评得分，百分制得分不超过 100 分。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const m of a.mentions) {
      if (m.key?.measure !== 'selfScore' || m.q.approx || m.q.range) continue;
      const score = m.q.value;
      if (exact(score).gt(MAX_SCORE)) {
        markChecked(ctx, a, m);
        report({ messageId: 'scoreOutOfRange', start: m.q.start, end: m.q.end, data: { score: m.q.numberText }, evidence: { score: m.q.numberText } });
        continue;
      }
      // the score's sentence and the next one, at most WINDOW characters either side
      const from = Math.max(a.seg.sentenceStart[m.sentence]!, m.q.start - WINDOW);
      const to = Math.min(a.seg.sentenceEnd[m.sentence + 1] ?? a.text.length, m.q.end + WINDOW);
      const windowText = a.text.slice(from, to);
      let best: { index: number; word: string } | null = null;
      for (const hit of windowText.matchAll(RATING_STATED)) {
        const at = from + hit.index;
        const dist = Math.abs(at - m.q.end);
        if (!best || dist < Math.abs(best.index - m.q.end)) best = { index: at, word: hit[1]! };
      }
      if (!best) continue;
      const stated = ratingWord(best.word);
      if (!stated) continue;
      markChecked(ctx, a, m);
      const expected = ratingFor(score);
      if (expected === stated) continue;
      const wordStart = a.text.indexOf(best.word, best.index);
      report({
        messageId: 'ratingMismatch',
        start: m.q.start,
        end: m.q.end,
        related: [locate(ctx.doc, wordStart, wordStart + best.word.length)],
        data: { score: m.q.numberText, expected, stated: best.word, band: BANDS[expected] },
        evidence: { score: m.q.numberText, statedRating: stated, expectedRating: expected, band: BANDS[expected] },
      });
    }
  },
};
