/** 财预〔2020〕10号 rating bands: 优 ≥ 90; 良 80–89.99; 中 60–79.99; 差 < 60. */
import type Decimal from 'decimal.js';
import { exact } from './exact';

export type Rating = '优' | '良' | '中' | '差';

/** The rating a score earns. */
export function ratingFor(score: Decimal): Rating {
  const s = exact(score);
  if (s.gte(90)) return '优';
  if (s.gte(80)) return '良';
  if (s.gte(60)) return '中';
  return '差';
}

export const BANDS: Record<Rating, string> = { 优: '90 分及以上', 良: '80（含）至 90 分', 中: '60（含）至 80 分', 差: '60 分以下' };

const WORDS: Record<string, Rating> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 较差: '差', 差: '差' };

/** A rating stated after a marker word: 评级为优, 等级：良好, 评定为“优秀” (not 被评为优秀, an award). */
export const RATING_STATED = /(?:评级|等级|等次|评定|评价结果|自评结果)(?:为|是|：|:)?\s*[“"「]?(优秀|良好|中等|较差|优|良|中|差)(?![^\s，。；、”"」）)])/g;

export function ratingWord(word: string): Rating | null {
  return WORDS[word] ?? null;
}
