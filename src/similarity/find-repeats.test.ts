import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRepeats, findReuse } from './find-repeats';
import type { Region } from './types';

/** Paragraph regions of a text whose paragraphs are separated by "\n"; lines starting with # are headings. */
function doc(paras: string[]): { text: string; regions: Region[] } {
  let text = '';
  const regions: Region[] = [];
  for (const p of paras) {
    const heading = p.startsWith('#');
    const body = heading ? p.slice(1) : p;
    regions.push({ start: text.length, end: text.length + body.length, kind: heading ? 'heading' : 'paragraph' });
    text += body + '\n';
  }
  return { text, regions };
}

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

/** Random text of distinct chars (real prose is not periodic; degenerate text is covered in shared-runs). */
const prose = (min: number, max: number) => fc.uniqueArray(HAN, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const HAN = fc.constantFrom(
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白',
);

const COPIED = '聚焦推动“数字政府”建设，就打造“掌上办事”开展常委会协商议政，助推政府部门提高“一站式”服务能力。组织“一府一委两院”向区政协常委会通报年度提案办理成效和工作情况，积极为改进工作建言献策。';

describe('findRepeats', () => {
  it('reports a copied two-sentence passage once, with both locations', () => {
    const { text, regions } = doc(['#（二）年度工作', `区政协围绕中心工作履职尽责。${COPIED}`, '#2. 围绕中心', `围绕重点议题务实资政。${COPIED}`]);
    const ps = findRepeats(text, regions);
    expect(ps).toHaveLength(1);
    const [p] = ps;
    expect(p?.kind).toBe('exact');
    expect(slice(text, p!.a)).toBe(COPIED);
    expect(slice(text, p!.b)).toBe(COPIED);
    expect(p!.a.end).toBeLessThanOrEqual(p!.b.start);
  });

  it('does not run a passage across a heading', () => {
    const s1 = '组织委员围绕养老、医疗、学前教育等群众普遍关心的问题深入调研，及时将意见建议报送区委、区政府参考。';
    const s2 = '推荐委员担任政府部门和司法机关的特邀监督员，参加各类社会关注、群众关心的活动。';
    const { text, regions } = doc([s1, '#（三）以视察监督关注民生', s2, '中间的说明文字与此无关。', s1, '#4. 凝心聚力', s2]);
    const ps = findRepeats(text, regions);
    expect(ps.map((p) => slice(text, p.a))).toEqual([s1, s2]);
  });

  it('finds a near copy with a prefix and shows it in the diff', () => {
    const s = '始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手，为政协科学高效履职提供有力支撑。';
    const { text, regions } = doc([s, '其他内容与此无关，另起一段说明情况。', `我们${s}`]);
    const [p] = findRepeats(text, regions);
    expect(p?.kind).toBe('near');
    expect(p?.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: '我们', b: expect.any(Object) }]);
    expect(slice(text, p!.b)).toBe(`我们${s}`);
  });

  it('ignores headings and table rows', () => {
    const row = '合计 2165.98 153.56 2287.19 98.61% 7.09% 一般公共预算财政拨款支出合计数';
    const h = '围绕中心、聚焦重点，助力全区经济社会高质量发展，切实发挥专门协商机构作用';
    const { text, regions } = doc([`#${h}`, '正文一段。', `#${h}`]);
    const rows = [`${row}`, `${row}`];
    const t2 = text + rows.join('\n');
    const r2: Region[] = [...regions, { start: text.length, end: text.length + row.length, kind: 'table-row' }, { start: text.length + row.length + 1, end: t2.length, kind: 'table-row' }];
    expect(findRepeats(t2, r2)).toEqual([]);
  });

  it('never reports set phrases', () => {
    const { text, regions } = doc([
      '坚持以习近平新时代中国特色社会主义思想为指导，认真开展调研视察。',
      '坚持以习近平新时代中国特色社会主义思想为指导，组织委员学习培训。',
      '不断提高政治站位，增强“四个意识”、坚定“四个自信”、做到“两个维护”，扎实开展党史学习教育。',
      '引导委员增强“四个意识”、坚定“四个自信”、做到“两个维护”，履职尽责。',
    ]);
    expect(findRepeats(text, regions)).toEqual([]);
  });

  it('does not report list items that merely share an opening phrase', () => {
    const { text, regions } = doc([
      '(1) 负责政协广州市委员会全体会议、常务委员会会议、主席会议、委员专题座谈会、各民主党派参政议政座谈会以及其他重要会议、活动的组织和服务工作。',
      '(2) 负责政协广州市委员会全体会议、常务委员会会议、主席会议的决议和决定的具体组织实施工作。',
    ]);
    expect(findRepeats(text, regions)).toEqual([]);
  });

  it('finds a sentence repeated with another figure; masking makes it one passage with digitsDiffer', () => {
    const s = (n: string) => `全年共征集提案 ${n} 件，经审查立案 456 件，立案率为 65.8%，符合全国政协关于提质增效的要求。`;
    const { text, regions } = doc([`不断拓展提案产品广度深度，${s('693')}`, '中间一段与此无关的说明文字。', `加强委员日常履职工作服务保障，${s('639')}`]);
    const [p] = findRepeats(text, regions, { maskNumbers: true });
    expect(p?.digitsDiffer).toBe(true);
    expect(p?.kind).toBe('near');
    expect(p?.diff.filter((d) => d.op !== 'equal').map((d) => d.text.trim())).toEqual(['693', '639']);
  });

  it('finds any planted copy of a ≥ 30-char sentence in random text', () => {
    fc.assert(
      fc.property(prose(10, 80), prose(10, 80), prose(12, 30), prose(12, 30), (x, y, c1, c2) => {
        const copied = `${c1}，${c2}。`;
        const { text, regions } = doc([`${x}。${copied}`, `${y}。${copied}`]);
        const ps = findRepeats(text, regions);
        const start1 = text.indexOf(copied);
        const start2 = text.indexOf(copied, start1 + 1);
        expect(ps.some((p) => p.a.start <= start1 && p.a.end >= start1 + copied.length - 1 && p.b.start <= start2 && p.b.end >= start2 + copied.length - 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findRepeats on near copies', () => {
  it('finds a 40–60-char sentence copied with two changed chars, mostly covered, as exact or near', () => {
    fc.assert(
      fc.property(prose(10, 60), prose(10, 60), prose(20, 30), prose(20, 30), fc.integer({ min: 3, max: 17 }), fc.integer({ min: 3, max: 17 }), (x, y, c1, c2, e1, e2) => {
        const copied = `${c1}，${c2}。`;
        const edited = `${c1.slice(0, e1)}甲${c1.slice(e1 + 1)}，${c2.slice(0, e2)}乙${c2.slice(e2 + 1)}。`;
        const { text, regions } = doc([`${x}。${copied}`, `${y}。${edited}`]);
        const ps = findRepeats(text, regions);
        const s1 = text.indexOf(copied);
        const s2 = text.indexOf(edited);
        const ov = (p: { start: number; end: number }, s: number, n: number) => Math.max(0, Math.min(p.end, s + n) - Math.max(p.start, s));
        const hit = ps.find((p) => ov(p.a, s1, copied.length) * 2 >= copied.length && ov(p.b, s2, edited.length) * 2 >= edited.length);
        expect(hit).toBeDefined();
        expect(hit!.similarity).toBeGreaterThan(0.8);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findReuse', () => {
  it('finds a template paragraph reused from a reference with new figures', () => {
    const a = doc(['#（三）部门整体收支情况', '本部门 2022 年预算数 912.40 万元，执行数 800.12 万元，完成预算的 87.7%。支出按功能分类：一般公共服务支出 600.10 万元；社会保障和就业支出 150.02 万元。']);
    const b = doc(['#（三）部门整体收支情况', '本部门 2021 年预算数 890.33 万元，执行数 714.07 万元，完成预算的 80.2%。支出按功能分类：一般公共服务支出 523.39 万元；社会保障和就业支出 142.46 万元。']);
    const [p] = findReuse(a.text, a.regions, b.text, b.regions);
    expect(p?.digitsDiffer).toBe(true);
    expect(slice(a.text, p!.a)).toContain('本部门 2022 年预算数');
    expect(slice(b.text, p!.b)).toContain('社会保障和就业支出 142.46 万元');
    // without masking, the first sentence (figures every few chars) is not matched
    for (const q of findReuse(a.text, a.regions, b.text, b.regions, { maskNumbers: false })) expect(slice(a.text, q.a)).not.toContain('预算数');
  });
});

describe('findRepeats input handling', () => {
  it('tolerates unsorted and overlapping regions without pairing text with itself', () => {
    const s = '始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手，为政协科学高效履职提供有力支撑。';
    const text = `${s}\n${s}`;
    const regions = [
      { start: s.length + 1, end: text.length },
      { start: 0, end: s.length },
      { start: 0, end: 10 },
    ];
    const ps = findRepeats(text, regions);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ a: { start: 0, end: s.length }, b: { start: s.length + 1, end: text.length }, kind: 'exact' });
  });

  it('returns nothing for empty input', () => {
    expect(findRepeats('', [])).toEqual([]);
    expect(findReuse('', [], '正文。', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
