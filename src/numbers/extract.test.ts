import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extract';
import type { Quantity } from './types';

const ex = extractQuantities;

function one(text: string): Quantity {
  const qs = ex(text);
  expect(qs, `quantities in ${text}: ${qs.map((q) => q.raw).join(' | ')}`).toHaveLength(1);
  return qs[0]!;
}

function dec(s: Decimal.Value): Decimal {
  return new Decimal(s);
}

describe('extractQuantities: amounts and percentages', () => {
  it('reads seed 000 budget sentence with labels', () => {
    const t = '本部门2021年度一般公共预算财政拨款支出全年预算数3,363.37万元，全年执行数2,760.71万元，完成全年预算的82.1%。';
    const [year, budget, exec, rate] = ex(t);
    expect(year).toMatchObject({ raw: '2021年度', kind: 'year', unit: '年度', label: null });
    expect(budget).toMatchObject({ raw: '3,363.37万元', numberText: '3,363.37', unit: '万元', kind: 'amount', decimals: 2, separators: true, label: '全年预算数' });
    expect(budget!.value.equals(dec('3363.37'))).toBe(true);
    expect(exec).toMatchObject({ raw: '2,760.71万元', label: '全年执行数' });
    expect(rate).toMatchObject({ raw: '82.1%', unit: '%', kind: 'percent', decimals: 1, label: '完成全年预算' });
    expect(rate!.value.equals(dec('82.1'))).toBe(true);
  });

  it('reads seed 001 proposal counts', () => {
    const t = '全年共征集提案693件，经审查立案456件，立案率为65.8%，符合要求。';
    const qs = ex(t);
    expect(qs.map((q) => [q.raw, q.kind, q.label])).toEqual([
      ['693件', 'count', '征集提案'],
      ['456件', 'count', '立案'],
      ['65.8%', 'percent', '立案率'],
    ]);
  });

  it('tolerates spaces between number and unit (un-normalized text)', () => {
    const q = ex('全年共征集提案 693 件，立案率为 65.8%')!;
    expect(q.map((x) => x.raw)).toEqual(['693 件', '65.8%']);
    expect(q[0]!.label).toBe('征集提案');
    expect(one('全年执行数 2,760.71 万元').unit).toBe('万元');
  });

  it('reads seed 002 figures', () => {
    const t = '本部门2021年预算数890.33万元，执行数714.07万元，完成预算的80.2%。支出按支出性质分类：基本支出：642.19万元；项目支出71.88万元。';
    const qs = ex(t).filter((q) => q.kind !== 'year');
    expect(qs.map((q) => [q.numberText, q.label])).toEqual([
      ['890.33', '预算数'],
      ['714.07', '执行数'],
      ['80.2', '完成预算'],
      ['642.19', '基本支出'],
      ['71.88', '项目支出'],
    ]);
    const s = one('自评 91.28 分。');
    expect(s).toMatchObject({ kind: 'score', unit: '分', decimals: 2 });
  });

  it('keeps precision as written: 100.0% has one decimal', () => {
    expect(one('完成预算的100.0%')).toMatchObject({ decimals: 1, numberText: '100.0' });
  });

  it('reads table rows cell by cell', () => {
    const qs = ex('合计 2165.98 153.56 2287.19 98.61% 7.09%');
    expect(qs.map((q) => [q.numberText, q.unit, q.kind])).toEqual([
      ['2165.98', null, 'other'],
      ['153.56', null, 'other'],
      ['2287.19', null, 'other'],
      ['98.61', '%', 'percent'],
      ['7.09', '%', 'percent'],
    ]);
    expect(qs[0]!.label).toBe('合计');
    expect(qs[1]!.label).toBeNull();
  });

  it('reads full-width digits, comma and point but keeps the span', () => {
    const t = '预算数３，３６３．３７万元';
    const q = one(t);
    expect(q.value.equals(dec('3363.37'))).toBe(true);
    expect(q).toMatchObject({ raw: '３，３６３．３７万元', separators: true, decimals: 2 });
    expect(one('执行率９８．１２％')).toMatchObject({ unit: '%', decimals: 2 });
  });

  it('does not read a clause comma as a thousands separator', () => {
    expect(ex('分别为100，200，300').map((q) => q.numberText)).toEqual(['100', '200', '300']);
    expect(ex('1,2,3').map((q) => q.numberText)).toEqual(['1', '2', '3']);
  });

  it('reads negative numbers only where a minus cannot be a hyphen', () => {
    expect(one('增长率为-5.2%').value.equals(dec('-5.2'))).toBe(true);
    expect(ex('COVID-19').map((q) => q.raw)).toEqual(['19']);
  });

  it('reads bare 万 and 亿 as amounts in money clauses', () => {
    expect(one('协调省首批帮扶资金500万用于')).toMatchObject({ unit: '万', kind: 'amount' });
    expect(one('播放量12.8万人次')).toMatchObject({ unit: '万人次', kind: 'count' });
  });

  it('reads 百分之 and 千分之', () => {
    const q = one('满意度达百分之九十五以上');
    expect(q).toMatchObject({ raw: '百分之九十五以上', unit: '%', kind: 'percent', chineseNumeral: true, approx: { after: '以上' } });
    expect(q.value.equals(dec(95))).toBe(true);
    expect(one('误差千分之3')).toMatchObject({ unit: '‰', kind: 'percent' });
  });
});

describe('extractQuantities: approximation', () => {
  it('reads seed 000 double approximation 近200余篇', () => {
    const q = one('发表新闻信息和理论文章近200余篇（条）');
    expect(q).toMatchObject({ raw: '近200余篇', unit: '篇', kind: 'count', approx: { before: '近', after: '余' } });
    expect(q.value.equals(dec(200))).toBe(true);
  });

  it('reads markers before and after', () => {
    expect(one('占68.6%以上').approx).toEqual({ after: '以上' });
    expect(one('约50人左右').approx).toEqual({ before: '约', after: '左右' });
    expect(one('完成核酸检测30多万人次')).toMatchObject({ raw: '30多万人次', unit: '万人次', approx: { after: '多' } });
    expect(one('超过 300 份').approx).toEqual({ before: '超过' });
    expect(one('节约200万元').approx).toBeNull();
  });

  it('reads 不超过 as a bound outside the number, like 不少于, and keeps bounds out of the label', () => {
    expect(one('每年采购不超过4批')).toMatchObject({ raw: '4批', approx: null, label: '每年采购' });
    expect(one('单批金额不超过50万元')).toMatchObject({ raw: '50万元', approx: null, label: '单批金额' });
    expect(one('全年培训不少于12次')).toMatchObject({ raw: '12次', label: '全年培训' });
    expect(one('投诉率不高于5%')).toMatchObject({ raw: '5%', label: '投诉率' });
    expect(one('覆盖率至少达到90%')).toMatchObject({ raw: '90%', label: '覆盖率' });
    expect(one('超过80%的项目按期完成')).toMatchObject({ raw: '超过80%', approx: { before: '超过' } });
  });
});

describe('extractQuantities: ranges', () => {
  it('reads 9~16亿 with the unit only on the high end', () => {
    const q = one('市场规模9~16亿');
    expect(q).toMatchObject({ raw: '9~16亿', unit: '亿', numberText: '9~16' });
    expect(q.range!.low.equals(dec(9))).toBe(true);
    expect(q.range!.high.equals(dec(16))).toBe(true);
    expect(q.range!.lowUnit).toBeNull();
  });

  it('reads 9亿～16亿, 3-5个, 10%-20%, 5月至10月', () => {
    expect(one('9亿～16亿').range!.lowUnit).toBe('亿');
    expect(one('培训3-5个').range).toMatchObject({ lowUnit: null });
    const p = one('降低10%-20%');
    expect(p).toMatchObject({ kind: 'percent', unit: '%' });
    expect(p.range!.lowUnit).toBe('%');
    expect(one('5月至10月')).toMatchObject({ kind: 'date', unit: '月' });
    expect(one('2021-2025年')).toMatchObject({ kind: 'year' });
  });

  it('does not join numbers that do not form a range', () => {
    expect(ex('2021-10-01').length).toBeGreaterThan(1);
    expect(ex('5个到位').map((q) => q.raw)).toEqual(['5个']);
    expect(ex('10人至5人').map((q) => q.raw)).toEqual(['10人', '5人']);
  });
});

describe('extractQuantities: Chinese numerals', () => {
  it('reads 二十余个 and 十二个', () => {
    const q = one('组织调研二十余个');
    expect(q).toMatchObject({ raw: '二十余个', unit: '个', chineseNumeral: true, approx: { after: '余' } });
    expect(q.value.equals(dec(20))).toBe(true);
    expect(one('完成十二个项目').value.equals(dec(12))).toBe(true);
  });

  it('reads 三四个 as a range', () => {
    const q = one('走访三四个社区');
    expect(q.range!.low.equals(dec(3))).toBe(true);
    expect(q.range!.high.equals(dec(4))).toBe(true);
  });

  it('reads 两项, 一百五十万元, 近百名, 上万人, 四个方面', () => {
    expect(one('完成两项任务').value.equals(dec(2))).toBe(true);
    const m = one('安排一百五十万元');
    expect(m).toMatchObject({ unit: '万元', kind: 'amount', numberText: '一百五十' });
    expect(m.value.equals(dec(150))).toBe(true);
    const r = one('覆盖三四万人');
    expect(r).toMatchObject({ unit: '万人', numberText: '三四' });
    expect(r.range!.high.equals(dec(4))).toBe(true);
    expect(one('一万五千人').value.equals(dec(15000))).toBe(true);
    expect(one('投入十万元')).toMatchObject({ numberText: '十', unit: '万元' });
    expect(one('组织近百名政协委员')).toMatchObject({ raw: '近百名', approx: { before: '近' } });
    expect(one('吸引上万人参加')).toMatchObject({ raw: '上万人', approx: { before: '上' } });
    expect(one('疫情防控等四个方面工作').value.equals(dec(4))).toBe(true);
  });

  it('reads a year written digit by digit', () => {
    expect(one('二〇二一年')).toMatchObject({ kind: 'year', unit: '年' });
  });

  it.each([
    '区政协十一届一次会议是五年一次的换届大会',
    '编制“十四五”规划',
    '十四五规划',
    '认真学习十九届六中全会精神',
    '学习党的二十大精神',
    '召开了政协十五届六次、十六届一次全体会议',
    '在四届二十三次常委会上',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    '增强四个意识、坚定四个自信、做到两个维护',
    '实施“七个一”重点履职工作',
    '实现老城市新活力、“四个出新出彩”',
    '注重加强“两支队伍”建设',
    '花都区政协设“一办六委”',
    '一是加强党的领导；二是围绕中心工作',
    '第三，全市第一，第二派驻纪检监察组',
    '收录到一批质量较高的文史稿件',
    '高度重视，十分关注',
    '访千家进万户听民意',
    '开展百部微党课展播',
    '用好骨干队伍，陆续开展',
  ])('%s has no quantities', (t) => expect(ex(t).map((q) => q.raw)).toEqual([]));
});

describe('extractQuantities: years, dates, markers, codes', () => {
  it('marks years and dates', () => {
    expect(one('2021年')).toMatchObject({ kind: 'year', label: null });
    expect(one('（2021年度）')).toMatchObject({ kind: 'year', unit: '年度' });
    expect(ex('3月底和10月底').map((q) => [q.raw, q.kind])).toEqual([
      ['3月', 'date'],
      ['10月', 'date'],
    ]);
    expect(one('2021是区政协换届之年')).toMatchObject({ kind: 'year', unit: null });
    expect(one('未来3年')).toMatchObject({ kind: 'count', unit: '年' });
  });

  it('skips heading markers at line starts', () => {
    const t = '1.围绕中心\n（2）加强建设\n3、完善制度\n1．坚持领导\n(4) 深化';
    expect(ex(t)).toEqual([]);
    expect(one('1.5万元').value.equals(dec('1.5'))).toBe(true);
    expect(ex('主要包括：（1）加强学习；(2)完善制度。3.强化监督').map((q) => q.raw)).toEqual([]);
    expect(ex('比例为：1.5万元，共（5人）').map((q) => q.raw)).toEqual(['1.5万元', '5人']);
  });

  it('skips document numbers, marks codes and numbered items as other/ordinal', () => {
    expect(ex('根据财预〔2020〕10号文件')).toEqual([]);
    expect(one('协同广州12345政务服务热线')).toMatchObject({ kind: 'other', unit: null });
    expect(one('电话020-12345678')).toMatchObject({ kind: 'other', raw: '020-12345678' });
    expect(one('附件2')).toMatchObject({ kind: 'ordinal' });
    expect(one('第3季度')).toMatchObject({ kind: 'ordinal' });
  });

  it('distinguishes 5批 from 1批次 (seed 004)', () => {
    expect(ex('接待团组批数 接待团、组批数 5批 1批次').map((q) => q.unit)).toEqual(['批', '批次']);
  });
});
