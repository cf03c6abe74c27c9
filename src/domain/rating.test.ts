import { describe, expect, it } from 'vitest';
import { Rating as RatingSchema } from '../model/figures';
import { BANDS_TEXT, RATINGS, ratingFor, ratingWord } from './rating';

describe('ratingFor (财预〔2020〕10号 bands, exact at the boundaries)', () => {
  it('puts each boundary score in the band it opens', () => {
    expect(['100', '90', '90.00', '89.99', '80', '79.99', '60', '59.99', '0'].map((s) => ratingFor(s))).toEqual(['优', '优', '优', '良', '良', '中', '中', '差', '差']);
  });

  it('never rounds a score across a boundary (no binary float)', () => {
    expect(ratingFor('89.99999999999999999999')).toBe('良');
    expect(ratingFor('59.999999999999999999999999')).toBe('差');
  });

  it('reads rating words and states the bands once', () => {
    expect([ratingWord('优秀'), ratingWord('良好'), ratingWord('中等'), ratingWord('较差'), ratingWord('合格')]).toEqual(['优', '良', '中', '差', null]);
    expect(BANDS_TEXT).toBe('优 ≥ 90，良 80–89.99，中 60–79.99，差 < 60');
  });

  it('lists the same ratings as the figures schema accepts', () => {
    expect([...RATINGS]).toEqual(RatingSchema.options);
  });
});
