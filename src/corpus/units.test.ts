import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandKeys, buildMatchView, collisionProbability, createMinHasher, lshParams, sketch } from '../similarity';
import { jsonChunks } from './db';
import { bandKeyInts, CORPUS_INDEX, paragraphUnits, splitPieces, unitId } from './units';

const whole = (s: string) => ({ start: 0, end: s.length });

describe('corpus index parameters', () => {
  it('uses the banding lshParams chooses for J = 0.5, recall weighted', () => {
    expect(lshParams(0.5, CORPUS_INDEX.numPerm, { falsePositiveWeight: 0.3, falseNegativeWeight: 0.7 })).toEqual(CORPUS_INDEX.lsh);
    expect(collisionProbability(0.7, CORPUS_INDEX.lsh)).toBeGreaterThan(0.95);
    expect(collisionProbability(0.5, CORPUS_INDEX.lsh)).toBeGreaterThan(0.6);
    expect(collisionProbability(0.1, CORPUS_INDEX.lsh)).toBeLessThan(0.01);
  });

  it('band keys are bandKeys() of the similarity core as integers: band × 2^48 + top 48 bits', () => {
    const h = createMinHasher({ numPerm: CORPUS_INDEX.numPerm, shingle: CORPUS_INDEX.shingle });
    for (const t of ['推动政务服务事项全部接入网上办事大厅', '部分项目前期论证不够充分，导致预算调整频繁']) {
      const sig = sketch(h, t).signature;
      const expected = bandKeys(sig, CORPUS_INDEX.lsh).map((k, band) => band * 2 ** 48 + parseInt(k.slice(4, 16), 16));
      expect(bandKeyInts(sig)).toEqual(expected);
    }
  });

  it('records its version in the migration the store checks', () => {
    const sql = readFileSync(new URL('../../migrations/0002_corpus.sql', import.meta.url), 'utf8');
    expect(sql).toContain(`('corpus_index', '${CORPUS_INDEX.version}')`);
  });
});

describe('paragraph units', () => {
  const s1 = '推动政务服务事项全部接入网上办事大厅，群众办事平均跑动次数降到一次以内。';
  const s2 = '建立了重点项目月调度制度，对进度滞后的项目逐一约谈并限期整改。';
  const s3 = '部分项目前期论证不够充分，导致预算调整频繁，执行进度偏慢。';

  it('indexes each sentence and, for several sentences, the whole paragraph', () => {
    const p = s1 + s2 + s3;
    const units = paragraphUnits(p, whole(p));
    expect(units.map((u) => u.kind)).toEqual(['sentence', 'sentence', 'sentence', 'paragraph']);
    expect(units.slice(0, 3).map((u) => p.slice(u.span.start, u.span.end))).toEqual([s1.slice(0, -1), s2.slice(0, -1), s3.slice(0, -1)]);
    expect(units.every((u) => u.bands.length === CORPUS_INDEX.lsh.bands && u.bands.every(Number.isSafeInteger))).toBe(true);
  });

  it('gives a sentence copied into another paragraph the same unit as its source', () => {
    const a = s1 + s2;
    const b = `今年我们新开展了很多工作，取得了明显成效。${s2}其他方面的工作也都按照计划稳步推进并取得实效。`;
    const ids = (t: string) => new Set(paragraphUnits(t, whole(t)).map((u) => u.id));
    const shared = [...ids(a)].filter((id) => ids(b).has(id));
    expect(shared).toEqual([unitId(buildMatchView(s2, [whole(s2)], { maskNumbers: true }).text)]);
  });

  it("masks numbers: last year's sentence with new figures is the same unit", () => {
    const x = '全年预算数3,363.37万元，全年执行数2,760.71万元，完成全年预算的82.1%。';
    const y = '全年预算数4,100.00万元，全年执行数3,999.10万元，完成全年预算的97.5%。';
    expect(paragraphUnits(x, whole(x)).map((u) => u.id)).toEqual(paragraphUnits(y, whole(y)).map((u) => u.id));
  });

  it('leaves short sentences to the paragraph unit and skips paragraphs too short to index', () => {
    const p = `一是加强领导。${s1}`;
    const units = paragraphUnits(p, whole(p));
    expect(units.map((u) => [u.kind, p.slice(u.span.start, u.span.end)])).toEqual([
      ['sentence', s1.slice(0, -1)],
      ['paragraph', p.slice(0, -1)],
    ]);
    // a set phrase keeps its unit whatever short sentence follows it
    const q = `${s1}二是强化管理。`;
    expect(paragraphUnits(q, whole(q))[0]!.id).toBe(units[0]!.id);
    expect(paragraphUnits('单位：万元', whole('单位：万元'))).toEqual([]);
    expect(paragraphUnits(s1, whole(s1)).map((u) => u.kind)).toEqual(['sentence']);
  });

  it('cuts a very long sentence at clause boundaries', () => {
    const long = `${s1.slice(0, -1)}，${s2.slice(0, -1)}，${s3.slice(0, -1)}，${s1.slice(0, -1)}。`;
    const view = buildMatchView(long, [whole(long)], { maskNumbers: true });
    expect(view.text.length).toBeGreaterThan(CORPUS_INDEX.maxUnit);
    const pieces = splitPieces(view);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces[pieces.length - 1]![1]).toBe(view.text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
  });

  it('unit ids are safe integers', () => {
    for (const s of ['a', s1, s2, s3]) expect(Number.isSafeInteger(unitId(s))).toBe(true);
  });
});

describe('jsonChunks', () => {
  it('cuts a list into JSON arrays under the size limit, keeping every item in order', () => {
    const items = Array.from({ length: 1000 }, (_, i) => [i, '汉字'.repeat(i % 7)]);
    const chunks = jsonChunks(items, 2000);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(new TextEncoder().encode(c).length).toBeLessThanOrEqual(2000);
    expect(chunks.flatMap((c) => JSON.parse(c))).toEqual(items);
    expect(jsonChunks([])).toEqual(['[]']);
  });
});
