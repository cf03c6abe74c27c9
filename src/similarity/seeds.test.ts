// Validation on the real reports (fixtures/seeds, byte-identical to shared/seeds; domain.md, "Known defects").
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRepeats, findReuse, type RepeatPassage } from './find-repeats';
import { groupRepeats } from './group-repeats';
import { blankLineRegions } from './seed-regions';
import type { TextSpan } from './types';

const dir = new URL('../../fixtures/seeds/', import.meta.url);
const seed = (prefix: string) => {
  const f = readdirSync(dir).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  return readFileSync(new URL(f as string, dir), 'utf8');
};

/** Source spans where `quote` occurs, ignoring whitespace (PDF line breaks and spaces). */
function find(text: string, quote: string): TextSpan[] {
  const q = quote.replace(/\s+/g, '');
  const at: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    flat += text[i];
    at.push(i);
  }
  const out: TextSpan[] = [];
  for (let i = flat.indexOf(q); i >= 0; i = flat.indexOf(q, i + 1)) out.push({ start: at[i] as number, end: (at[i + q.length - 1] as number) + 1 });
  return out;
}

const covers = (outer: TextSpan, inner: TextSpan) => outer.start <= inner.start && outer.end >= inner.end;

/** The passage pairing occurrence x with occurrence y of a quote, if any. */
const pairing = (ps: RepeatPassage[], x: TextSpan, y: TextSpan) => ps.find((p) => covers(p.a, x) && covers(p.b, y));

/** Every pair of occurrences of each quote is reported; returns the passages that did. */
function expectAllPairs(text: string, ps: RepeatPassage[], quote: string, occurrences: number): RepeatPassage[] {
  const occ = find(text, quote);
  expect(occ, quote).toHaveLength(occurrences);
  const hits: RepeatPassage[] = [];
  for (let i = 0; i < occ.length; i++)
    for (let j = i + 1; j < occ.length; j++) {
      const p = pairing(ps, occ[i] as TextSpan, occ[j] as TextSpan);
      expect(p, `${quote} #${i + 1} ~ #${j + 1}`).toBeDefined();
      hits.push(p as RepeatPassage);
    }
  return hits;
}

describe('findRepeats on the seeds', () => {
  it('000: finds the four known copies and nothing else but one more verbatim clause', () => {
    const text = seed('000');
    const ps = findRepeats(text, blankLineRegions(text));
    const found = new Set<RepeatPassage>([
      ...expectAllPairs(text, ps, '聚焦推动“数字政府”建设，就打造“掌上办事”开展常委会协商议政', 2),
      ...expectAllPairs(text, ps, '始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手', 2),
      ...expectAllPairs(text, ps, '充分发挥统一战线组织功能', 2),
      ...expectAllPairs(text, ps, '深化团结联谊强信心', 2),
      ...expectAllPairs(text, ps, '整合文史资源聚人心', 2),
      ...expectAllPairs(text, ps, '预算编制、执行及使用效益情况均达到了预期的绩效目标，立项科学', 2),
      // not in the table, but a verbatim 31-char clause of （二） reused in （四）2 as well
      ...expectAllPairs(text, ps, '坚持建言资政和凝聚共识双向发力，切实做到协商有效、监督有力、议政有为', 2),
    ]);
    expect(ps.filter((p) => !found.has(p))).toEqual([]);
    // （二） → （四）2: the occurrence in （四） comes after its heading
    const p = pairing(ps, ...(find(text, '聚焦推动“数字政府”建设') as [TextSpan, TextSpan]));
    expect(p?.b.start).toBeGreaterThan(text.indexOf('2. 围绕中心'));
    expect(p?.kind).toBe('exact');
    // the three paragraphs form one passage
    expect(new Set(['充分发挥统一战线组织功能', '深化团结联谊强信心', '整合文史资源聚人心'].map((q) => pairing(ps, ...(find(text, q) as [TextSpan, TextSpan])))).size).toBe(1);
    // 我们 prefixed: a near copy whose diff shows the insertion
    const w = pairing(ps, ...(find(text, '始终把加强自身建设') as [TextSpan, TextSpan]));
    expect(w?.diff.filter((d) => d.op !== 'equal').map((d) => d.text)).toEqual(['我们']);
  });

  it('001: finds the 百姓提案 passage (with the proposal counts) and the 社情民意 sentence, not the duty list', () => {
    const text = seed('001');
    const ps = findRepeats(text, blankLineRegions(text));
    const found = new Set<RepeatPassage>([
      ...expectAllPairs(text, ps, '指导海珠区政协先行试点“百姓提案”的征集办理与落地见效', 2),
      ...expectAllPairs(text, ps, '全年共征集提案 693 件，经审查立案 456 件，立案率为 65.8%', 2),
      ...expectAllPairs(text, ps, '收集社情民意信息1200余条，编辑报送90篇', 2),
    ]);
    expect(ps.filter((p) => !found.has(p))).toEqual([]);
    const duty = find(text, '负责政协广州市委员会全体会议、常务委员会会议、主席会议');
    expect(duty).toHaveLength(2);
    expect(ps.some((p) => duty.some((d) => covers(p.a, d) || covers(p.b, d)))).toBe(false);
    expect(pairing(ps, ...(find(text, '指导海珠区政协先行试点') as [TextSpan, TextSpan]))?.kind).toBe('near');
  });

  it('002: finds the award sentence three times (one group) and nothing else but one repeated activity list', () => {
    const text = seed('002');
    const ps = findRepeats(text, blankLineRegions(text));
    const award = expectAllPairs(text, ps, '4 个作品、团队和个人分别获得省市比赛 12 个奖项', 3);
    const found = new Set<RepeatPassage>([
      ...award,
      // not in the table, but real: 二（二） and （四）一是 list the same activities verbatim
      ...expectAllPairs(text, ps, '举办“书香机关·悦读悦享”读书分享会等活动', 2),
    ]);
    expect(ps.filter((p) => !found.has(p))).toEqual([]);
    const groups = groupRepeats(ps);
    const g = groups.find((x) => x.passages.includes(award[0] as RepeatPassage));
    expect(g?.occurrences).toHaveLength(3);
  });

  it('003 and 004: nothing to report', () => {
    for (const s of ['003', '004']) {
      const text = seed(s);
      expect(findRepeats(text, blankLineRegions(text))).toEqual([]);
    }
  });
});

describe('findReuse on the seeds', () => {
  it('000 vs 002: finds the shared 存在问题 boilerplate', () => {
    const a = seed('000');
    const b = seed('002');
    const ps = findReuse(a, blankLineRegions(a), b, blankLineRegions(b));
    const [qa] = find(a, '从预算执行及绩效管理的情况来看');
    const [qb] = find(b, '从预算执行及绩效管理的情况来看');
    const p = pairing(ps, qa as TextSpan, qb as TextSpan);
    expect(p?.kind).toBe('near');
    expect(a.slice(p!.a.start, p!.a.end).replace(/\s+/g, '')).toContain('项目产出和效益效果明显');
  });
});
