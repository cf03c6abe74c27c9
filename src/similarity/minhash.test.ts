import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchView } from './match-text';
import { gramHashes } from './hash';
import { createMinHasher, estimateContainment, estimateJaccard, exactJaccard, mergeSignature, rangeSignature, shingleSet, signature, sketch } from './minhash';

const h = createMinHasher();
const alphabet = '政协委员会提案办理监督协商民主调研视察建议';

describe('MinHash', () => {
  it('is deterministic across hashers with the same seed', () => {
    const s = '聚焦推动数字政府建设就打造掌上办事开展常委会协商议政';
    expect([...sketch(createMinHasher(), s).signature]).toEqual([...sketch(h, s).signature]);
    expect([...sketch(createMinHasher({ seed: 7 }), s).signature]).not.toEqual([...sketch(h, s).signature]);
  });

  it('estimates Jaccard within 0.15 of the exact value on random texts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...alphabet), minLength: 30, maxLength: 300 }),
        fc.string({ unit: fc.constantFrom(...alphabet), minLength: 0, maxLength: 150 }),
        fc.string({ unit: fc.constantFrom(...alphabet), minLength: 0, maxLength: 150 }),
        (common, x, y) => {
          const a = shingleSet(x + common, 5);
          const b = shingleSet(common + y, 5);
          const est = estimateJaccard(signature(h, a), signature(h, b));
          expect(Math.abs(est - exactJaccard(a, b))).toBeLessThan(0.15);
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });

  it('has a small mean error over many pairs (no bias from the 32-bit permutations)', () => {
    let sum = 0;
    let n = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...alphabet), minLength: 30, maxLength: 200 }),
        fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 100 }),
        fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 100 }),
        (common, x, y) => {
          const a = shingleSet(x + common, 5);
          const b = shingleSet(common + y, 5);
          sum += estimateJaccard(signature(h, a), signature(h, b)) - exactJaccard(a, b);
          n++;
        },
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
  });

  it('estimates containment of a paragraph in a longer text', () => {
    const para = buildMatchView(
      '从预算执行及绩效管理的情况来看，我部门2021年预算编制、执行及使用效益情况均达到了预期的绩效目标，立项科学，绩效目标明确，指标体系全面，项目管理规范，项目产出和效益效果明显。',
    ).text;
    const other = buildMatchView(
      '紧扣区委、区政府中心工作，充分发挥政协人才荟萃、智力密集的优势，坚持建言资政和凝聚共识双向发力，切实做到协商有效、监督有力、议政有为。区政协十一届一次会议是五年一次的换届大会，区委重视、委员关注、群众关切。在时间紧、议程多、情况新、纪律严的情况下，区政协围绕确保大会圆满成功总目标，高标准完成了大会各项议程。',
    ).text;
    const c = estimateContainment(sketch(h, para), sketch(h, other + para + other));
    expect(c).toBeGreaterThan(0.75);
    expect(estimateContainment(sketch(h, para), sketch(h, other))).toBeLessThan(0.1);
  });

  it('handles empty and short texts', () => {
    expect(sketch(h, '').size).toBe(0);
    expect(sketch(h, '').signature.every((x) => x === 0xffffffff)).toBe(true);
    expect(sketch(h, '政协').size).toBe(1);
    expect(estimateContainment(sketch(h, ''), sketch(h, '政协'))).toBe(0);
  });

  it('signs a range of shingle hashes as their set, and merges two signatures as the union of their sets', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), minLength: 12, maxLength: 60 }), fc.nat(), (text, cut) => {
        const grams = gramHashes(text, 5);
        const mid = 1 + (cut % (grams.length - 1));
        const left = rangeSignature(h, grams, 0, mid);
        expect([...left]).toEqual([...signature(h, Uint32Array.from(new Set(grams.slice(0, mid))))]);
        const merged = mergeSignature(left.slice(), rangeSignature(h, grams, mid, grams.length));
        expect([...merged]).toEqual([...signature(h, shingleSet(text, 5))]);
      }),
    );
  });
});
