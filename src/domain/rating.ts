/** 财预〔2020〕10号 rating bands: 优 ≥ 90; 良 80–89.99; 中 60–79.99; 差 < 60 (the lower bound belongs to the band). */
import type Decimal from 'decimal.js';
import { exact } from './decimal';

export type Rating = '优' | '良' | '中' | '差';

/** Every rating, best first. */
export const RATINGS: readonly Rating[] = ['优', '良', '中', '差'];

/** The lowest score of each band. */
export const BAND_FLOOR: Record<Rating, number> = { 优: 90, 良: 80, 中: 60, 差: 0 };

/** The full score of a self-evaluation. */
export const MAX_SCORE = 100;

/** The rating a score earns. */
export function ratingFor(score: Decimal.Value): Rating {
  const s = exact(score);
  return RATINGS.find((r) => s.gte(BAND_FLOOR[r])) ?? '差';
}

/** Each band in words, for messages: 优 → 90 分及以上. */
export const BANDS: Record<Rating, string> = { 优: '90 分及以上', 良: '80（含）至 90 分', 中: '60（含）至 80 分', 差: '60 分以下' };

/** All bands in one line, for messages and hints. */
export const BANDS_TEXT = '优 ≥ 90，良 80–89.99，中 60–79.99，差 < 60';

const WORDS: Record<string, Rating> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 较差: '差', 差: '差' };

/** The rating a word names (优秀 → 优), or null. */
export function ratingWord(word: string): Rating | null {
  return WORDS[word] ?? null;
}
