import type { Rule } from '../../check/types';
import { allMetClaim } from './all-met-claim';
import { figuresMismatch } from './figures-mismatch';
import { grimRule } from './grim';
import { growthMismatch } from './growth-mismatch';
import { indicatorShortfall } from './indicator-shortfall';
import { rateMismatch } from './rate-mismatch';
import { ratingScore } from './rating-score';
import { restatement } from './restatement';
import { sumMismatch } from './sum-mismatch';

/**
 * Arithmetic and figures rules (number/…). Every rule reads the shared number
 * analysis (ctx.memo) and records the figures it checked; the coverage counters
 * numbersFound / numbersChecked / numbersMatchedToFigures are kept current in ctx.stats
 * by the analysis itself, so they do not depend on rule order.
 */
export const NUMBER_RULES: Rule[] = [sumMismatch, rateMismatch, growthMismatch, grimRule, restatement, ratingScore, indicatorShortfall, allMetClaim, figuresMismatch];
