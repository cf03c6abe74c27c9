/**
 * Synthetic, internally consistent 部门整体支出绩效自评报告 with their figures files,
 * rendered from named numeric slots so that a defect can be injected by overriding one
 * slot. All arithmetic is exact (decimal.js, round half up), so a clean report has no
 * numeric defect by construction.
 */
import Decimal from 'decimal.js';
import type { FiguresInput } from '../../src/model/figures';
import { formatDecimal } from '../../src/numbers';

export type Rng = () => number;

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const DEPARTMENTS = ['区政协办公室', '区档案馆', '区直属机关工作委员会', '市社会科学界联合会', '区科学技术协会', '区地方志办公室'];
const FUNCTIONS = ['一般公共服务支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'];
const PROJECTS = ['文史工作经费', '委员履职专项', '信息化运维专项', '党建工作经费', '调研课题经费', '宣传工作经费'];
const COUNTS = ['组织委员视察', '编辑社情民意信息', '开展专题培训', '召开专题协商会', '走访基层单位', '收集意见建议'];
const COUNT_UNITS = ['次', '篇', '场', '次', '个', '条'];
const INDICATORS: Array<[string, string, string]> = [
  ['组织专题调研次数', '组织委员调研次数', '次'],
  ['形成调研报告数', '形成专题调研报告', '个'],
  ['委员履职参与率', '委员参与全会和日常履职', '%'],
  ['培训覆盖人数', '参加培训人数', '人'],
];

export interface Synthetic {
  id: string;
  /** The slots' values as written (amounts with or without separators, as the document's style). */
  slots: Record<string, string>;
  render(slots: Record<string, string>): string;
  text: string;
  figures: FiguresInput;
  /** Facts the injector needs. */
  facts: { lowRate: boolean; table: boolean; sep: boolean; functions: number; projects: number; indicators: number; filed: number; natureShares: boolean };
}

/** Splits `total` (in cents) into `n` positive parts. */
function split(r: Rng, total: number, n: number): number[] {
  const w = Array.from({ length: n }, () => 1 + r() * 9);
  const s = w.reduce((x, y) => x + y, 0);
  const parts = w.slice(0, -1).map((x) => Math.max(1, Math.floor((total * x) / s)));
  parts.push(total - parts.reduce((x, y) => x + y, 0));
  return parts;
}

const money = (cents: number, sep: boolean) => formatDecimal(new Decimal(cents).div(100), 2, sep);
const pct = (num: Decimal.Value, den: Decimal.Value, d: number) => formatDecimal(new Decimal(num).div(den).times(100), d, false);

/** One synthetic report, numbered `n`. */
export function synthetic(n: number): Synthetic {
  const r = rng(1000 + n);
  const year = int(r, 2019, 2023);
  const dept = pick(r, DEPARTMENTS);
  const sep = r() < 0.5;
  const budget = int(r, 500_00, 20_000_00);
  const lowRate = r() < 0.3;
  const exec = Math.floor(budget * (lowRate ? 0.7 + r() * 0.19 : 0.9 + r() * 0.1));
  const rateDecimals = r() < 0.5 ? 1 : 2;
  const nf = int(r, 3, 5);
  const fnames = [...FUNCTIONS].sort(() => r() - 0.5).slice(0, nf);
  const fparts = split(r, exec, nf);
  const basic = Math.floor(exec * (0.6 + r() * 0.35));
  const np = int(r, 1, 3);
  const pnames = [...PROJECTS].sort(() => r() - 0.5).slice(0, np);
  const pbudgets = pnames.map(() => int(r, 10_00, 300_00));
  const pexecs = pbudgets.map((b) => Math.floor(b * (0.85 + r() * 0.15)));
  const score = new Decimal(int(r, 6000, 9999)).div(100);
  const rating = score.gte(90) ? '优' : score.gte(80) ? '良' : score.gte(60) ? '中' : '差';
  const proposals = int(r, 100, 900);
  const filed = Math.floor(proposals * (0.5 + r() * 0.4));
  const livelihood = int(r, 1, filed - 1);
  const table = r() < 0.5;
  const adjustment = int(r, 1_00, Math.floor(budget / 5));
  const initial = budget - adjustment;
  const inds = INDICATORS.slice(0, int(r, 2, 4)).map(([name, content, unit]) => {
    const target = unit === '%' ? int(r, 80, 95) : int(r, 3, 20);
    const actual = unit === '%' ? Math.min(100, target + int(r, 0, 5)) : target + int(r, 0, 6);
    return { name, content, unit, target: String(target), actual: String(actual) };
  });
  const counts = COUNTS.map((label, i) => ({ label, unit: COUNT_UNITS[i]!, n: int(r, 3, 300) }));

  const v = { budget: int(r, 0, 3), functions: int(r, 0, 2), nature: int(r, 0, 1), project: int(r, 0, 1), rating: int(r, 0, 1), again: int(r, 0, 1) };
  const shareDecimals = r() < 0.5 ? 1 : 2;
  const staff = [int(r, 5, 40), int(r, 5, 40)];
  const lastYear = Math.floor(exec * (0.8 + r() * 0.3));
  int(r, 10, 300); // (a draw kept so that the values after it stay as they were)
  const slots: Record<string, string> = {
    budget: money(budget, sep),
    exec: money(exec, sep),
    execAgain: money(exec, sep),
    rate: pct(exec, budget, rateDecimals),
    basic: money(basic, sep),
    project: money(exec - basic, sep),
    basicShare: pct(basic, exec, shareDecimals),
    projectShare: pct(exec - basic, exec, shareDecimals),
    basicAgain: money(basic, sep),
    projectAgain: money(exec - basic, sep),
    score: score.toFixed(2),
    rating,
    proposals: String(proposals),
    proposalsAgain: String(proposals),
    filed: String(filed),
    filedRate: pct(filed, proposals, 1),
    share: pct(livelihood, filed, 1),
    initial: money(initial, sep),
    adjustment: money(adjustment, sep),
    tableExec: money(exec, sep),
    tableRate: pct(exec, budget, 2),
    adjustmentRate: pct(adjustment, initial, 2),
    lastYear: money(lastYear, sep),
    growthDirection: exec >= lastYear ? '增长' : '下降',
    growth: pct(Math.abs(exec - lastYear), lastYear, 1),
    claim: '',
    insert: '',
    /** Text appended to the budget paragraph (an injection that must share its paragraph). */
    insertBudget: '',
  };
  fnames.forEach((_, i) => (slots[`f${i}`] = money(fparts[i]!, sep)));
  pnames.forEach((_, i) => {
    slots[`pb${i}`] = money(pbudgets[i]!, sep);
    slots[`pe${i}`] = money(pexecs[i]!, sep);
    slots[`pr${i}`] = pct(pexecs[i]!, pbudgets[i]!, 1);
  });
  inds.forEach((x, i) => {
    slots[`it${i}`] = `${x.target}${x.unit}`;
    slots[`ia${i}`] = `${x.actual}${x.unit}`;
  });
  counts.forEach((c, i) => (slots[`c${i}`] = String(c.n)));

  const budgetSentence = (s: Record<string, string>) =>
    [
      `本部门${year}年度全年预算数${s.budget}万元，全年执行数${s.exec}万元，完成全年预算的${s.rate}%。`,
      `${year}年，我单位调整后预算数${s.budget}万元，实际支出${s.exec}万元，预算执行率为${s.rate}%。`,
      `${year}年度本部门年初预算${s.initial}万元，预算调整数${s.adjustment}万元，全年预算数${s.budget}万元，全年执行数${s.exec}万元，预算执行率${s.rate}%。`,
      `本部门${year}年支出${s.exec}万元，占全年预算的${s.rate}%，全年预算数${s.budget}万元。`,
    ][v.budget]! + `较上年执行数${s.lastYear}万元${s.growthDirection}${s.growth}%。`;
  const functionList = (s: Record<string, string>) =>
    [
      `支出按功能分类：${fnames.map((f, i) => `${f}${s[`f${i}`]}万元`).join('；')}。`,
      `按支出功能分类，${fnames.map((f, i) => `${f}${s[`f${i}`]}万元`).join('，')}。`,
      `支出按功能分类：${fnames.map((f, i) => `${f}：${s[`f${i}`]}万元`).join('；')}。`,
    ][v.functions]!;
  const natureList = (s: Record<string, string>) =>
    [`支出按支出性质分类：基本支出${s.basic}万元；项目支出${s.project}万元。`, `按支出性质分，基本支出${s.basic}万元，占${s.basicShare}%；项目支出${s.project}万元，占${s.projectShare}%。`][v.nature]!;
  const projectLine = (s: Record<string, string>, p: string, i: number) =>
    [
      `${p}主要用于相关工作支出；项目资金情况，${p}全年预算数${s[`pb${i}`]}万元，执行数${s[`pe${i}`]}万元，完成预算的${s[`pr${i}`]}%。`,
      `${p}预算${s[`pb${i}`]}万元，实际支出${s[`pe${i}`]}万元，执行率${s[`pr${i}`]}%，主要用于相关工作。`,
    ][v.project]!;

  const render = (s: Record<string, string>) => {
    const lines = [
      `${dept}${year}年部门整体支出绩效自评报告`,
      '一、基本情况',
      '（一）部门概况',
      `${dept}是本级党委政府的工作机构，内设科室3个，部门共有在职人员${staff[0]! + staff[1]!}人，其中男性${staff[0]}人、女性${staff[1]}人。`,
      '（二）年度总体工作和重点工作任务',
      `全年共征集提案${s.proposals}件，经审查立案${s.filed}件，立案率为${s.filedRate}%，其中事关民生的提案占${s.share}%。${counts
        .slice(0, 3)
        .map((c, i) => `${c.label}${s[`c${i}`]}${c.unit}`)
        .join('，')}，服务群众近万人次，圆满完成了换届工作。${s.insert}`,
      '（三）部门整体收支情况',
      budgetSentence(s) + s.insertBudget,
      functionList(s),
      natureList(s),
      '二、综合评价分析',
      '（一）自评结论综述',
      (v.rating === 0 ? `${year}年部门整体支出绩效自评${s.score}分，评级为${s.rating}。` : `经综合评价，自评得分${s.score}分（满分100分），等级为“${s.rating}”。`) + s.claim,
      '（二）各项工作任务绩效目标完成情况分析',
      `${counts
        .slice(3)
        .map((c, i) => `${c.label}${s[`c${i + 3}`]}${c.unit}`)
        .join('；')}，各项工作有序推进，全年接待来访群众${counts[0]!.n + 17}人次，办结率98.5%。`,
      '（三）各重点任务项目支出完成情况分析',
      ...pnames.map((p, i) => projectLine(s, p, i)),
      '（四）主要工作成效',
      `全年共征集提案${s.proposalsAgain}件，其中重点提案${Math.min(8, filed)}件。${v.again === 0 ? '本部门全年执行数' : '本单位全年实际支出'}${s.execAgain}万元，其中基本支出${s.basicAgain}万元、项目支出${s.projectAgain}万元，保障了各项工作的顺利开展。`,
      '三、存在的主要问题',
      '部分绩效指标设置不够细化，预算执行的均衡性有待提高。',
      '四、下一步改进措施',
      '加强预算绩效管理，提高财政资金使用效益。',
    ];
    if (table) {
      lines.push(
        '附表：部门整体支出绩效自评表',
        '单位：万元',
        '资金来源 年初预算数 预算调整数 实际支出数 预算完成率 预算调整率',
        `合计 ${s.initial} ${s.adjustment} ${s.tableExec} ${s.tableRate}% ${s.adjustmentRate}%`,
        '主要任务 关键指标 指标内容 预期实现值 实际完成值',
        ...inds.map((x, i) => `${x.name} ${x.content} ${s[`it${i}`]} ${s[`ia${i}`]}`),
      );
    }
    return lines.join('\n');
  };

  const figures: FiguresInput = {
    department: dept,
    year,
    unit: '万元',
    budget: table || v.budget === 2 ? { initial: money(initial, false), adjusted: money(budget, false) } : { adjusted: money(budget, false) },
    execution: money(exec, false),
    byFunction: fnames.map((name, i) => ({ name, amount: money(fparts[i]!, false) })),
    byNature: { basic: money(basic, false), project: money(exec - basic, false) },
    projects: pnames.map((name, i) => ({ name, budget: money(pbudgets[i]!, false), executed: money(pexecs[i]!, false) })),
    indicators: table ? inds.map((x) => ({ name: x.name, target: `${x.target}${x.unit}`, actual: `${x.actual}${x.unit}` })) : [],
    selfScore: score.toFixed(2),
    rating,
  };
  return {
    id: `syn${String(n).padStart(2, '0')}`,
    slots,
    render,
    text: render(slots),
    figures,
    facts: { lowRate, table, sep, functions: nf, projects: np, indicators: inds.length, filed, natureShares: v.nature === 1 },
  };
}

const VERBS = ['组织', '开展', '编辑', '走访', '召开', '收集', '举办', '印发', '培训', '督办'];
const NOUNS = ['专题视察', '民主评议', '社情民意信息', '基层联系点', '协商座谈会', '意见建议', '理论研讨会', '工作简报', '委员学习班', '重点课题', '界别活动', '调研报告', '宣讲活动', '志愿服务', '读书分享会'];
const NOUN_UNITS = ['次', '次', '条', '个', '场', '条', '场', '期', '期', '项', '次', '篇', '场', '次', '场'];
const PREFIXES = ['文史', '宣传', '调研', '培训', '信息化', '档案', '会务', '联络', '学习', '监督', '提案', '委员'];
const QUALIFIERS = ['', '提升', '续建', '延续', '配套'];
const SUFFIXES = ['资料征集', '平台建设', '系统运维', '专题活动', '能力提升', '工作保障', '成果转化', '阵地建设'];

/**
 * One long, internally consistent report of about `size` characters: a synthetic report
 * with many more work paragraphs (distinct counts) and key projects (budget, execution,
 * rate) — the numbers a long report has, without contradictions.
 */
export function longReport(size: number): string {
  const base = synthetic(500);
  const r = rng(99);
  const work: string[] = [];
  const projects: string[] = [];
  let len = base.text.length;
  let i = 0;
  while (len < size) {
    const v = VERBS[i % VERBS.length]!;
    const n = Math.floor(i / VERBS.length) % NOUNS.length;
    const sentence = `围绕年度重点任务，${v}${NOUNS[n]}${int(r, 2, 400)}${NOUN_UNITS[n]}，参与委员${int(r, 10, 300)}人次，形成了一批有价值的成果，得到有关部门的充分肯定。`;
    work.push(sentence);
    len += sentence.length + 1;
    if (i % 3 === 0) {
      const k = i / 3;
      const name = `${PREFIXES[k % PREFIXES.length]}${SUFFIXES[Math.floor(k / PREFIXES.length) % SUFFIXES.length]}${QUALIFIERS[Math.floor(k / (PREFIXES.length * SUFFIXES.length)) % QUALIFIERS.length]}经费`;
      const b = int(r, 5_00, 200_00);
      const e = Math.floor(b * (0.85 + r() * 0.15));
      const p = `${name}全年预算数${money(b, false)}万元，执行数${money(e, false)}万元，完成预算的${pct(e, b, 1)}%，主要用于${name.slice(0, -2)}相关支出。`;
      projects.push(p);
      len += p.length + 1;
    }
    i++;
  }
  const lines = base.text.split('\n');
  const at = lines.indexOf('（三）各重点任务项目支出完成情况分析');
  lines.splice(at + 1, 0, ...projects);
  lines.splice(at, 0, ...work);
  return lines.join('\n');
}
