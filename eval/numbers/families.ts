/**
 * Phrasing families for the numeric eval: for each relation (sum, rate, growth,
 * restatement, figures) several ways a report states it — project paragraphs, numbered
 * items, tables with the 合计 row at the bottom, count lists, restatements under a
 * relabelled subject, rates in the next sentence, coreference (该项目), headings that
 * scope a project. Each family instance is written into a small, internally consistent
 * host report (with a figures file) twice: clean, and with one defect of its relation.
 * All arithmetic is exact (decimal.js, round half up), so the clean text has no defect.
 */
import Decimal from 'decimal.js';
import type { FiguresInput } from '../../src/model/figures';
import { formatDecimal } from '../../src/numbers';
import { rng, type Rng } from './synthetic';

export type Relation = 'sum' | 'rate' | 'growth' | 'restatement' | 'figures';
/** Where a family's text goes in the host report. */
export type Place = 'work' | 'finance' | 'indicators' | 'projects' | 'results' | 'annex';
type Slots = Partial<Record<Place, string>>;

export interface Host {
  dept: string;
  unitWord: string;
  year: number;
  sep: boolean;
  /** In cents of 万元. */
  budget: number;
  exec: number;
  basic: number;
  project: number;
  score: Decimal;
}

export interface FamilyInstance {
  clean: Slots;
  bad: Slots;
  /** Figures entries the family adds (projects, indicators, byFunction) — the truth, shared by both texts. */
  figures?: (f: FiguresInput) => void;
  /** A score sentence replacing the host's, clean and defective. */
  score?: [clean: string, bad: string];
}

export interface Family {
  relation: Relation;
  name: string;
  /** What the defect is, in a few words (for the table). */
  defect: string;
  make(r: Rng, h: Host): FamilyInstance;
}

export interface FamilyCase {
  id: string;
  family: string;
  relation: Relation;
  clean: string;
  bad: string;
  figures: FiguresInput;
}

// ---- helpers -------------------------------------------------------------------

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const money = (cents: number, sep: boolean) => formatDecimal(new Decimal(cents).div(100), 2, sep);
const plainMoney = (cents: number) => money(cents, false);
const pct = (num: Decimal.Value, den: Decimal.Value, d: number) => formatDecimal(new Decimal(num).div(den).times(100), d, false);
const count = (n: number, sep: boolean) => formatDecimal(n, 0, sep);

/** Splits `total` into `n` positive integer parts of varied size. */
function split(r: Rng, total: number, n: number): number[] {
  const w = Array.from({ length: n }, () => 1 + r() * 4);
  const s = w.reduce((x, y) => x + y, 0);
  const parts = w.slice(0, -1).map((x) => Math.max(1, Math.floor((total * x) / s)));
  parts.push(total - parts.reduce((x, y) => x + y, 0));
  return parts;
}

/** A different count, off by more than rounding (at least 2, at least ~8%). */
function otherCount(r: Rng, n: number): number {
  const d = Math.max(2, Math.round(n * (0.08 + r() * 0.2)));
  return n > d + 1 && r() < 0.5 ? n - d : n + d;
}

/** An amount (cents) moved by 1.00–99.99 万元 or ~10%, either way. */
function otherCents(r: Rng, c: number): number {
  const d = Math.max(100 + Math.floor(r() * 9900), Math.floor(c / 10));
  return c > 2 * d && r() < 0.5 ? c - d : c + d;
}

/** A rate moved by 0.5–4.9 points at the same precision (down when up would pass 100%). */
function otherRate(r: Rng, s: string): string {
  const d = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  const delta = new Decimal(int(r, 5, 49)).div(10);
  const v = new Decimal(s);
  const down = v.plus(delta).gt(100) || (v.gt(delta.plus(1)) && r() < 0.6);
  return formatDecimal(down ? v.minus(delta) : v.plus(delta), d, false);
}

/** Swaps the first two adjacent, different digits of the integer part ("1,562" → "5,162"; "184.12" → "814.12"). */
export function transpose(s: string): string {
  const end = s.includes('.') ? s.indexOf('.') : s.length;
  const pos = [...s.slice(0, end)].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  for (let k = 0; k + 1 < pos.length; k++) {
    const [a, b] = [pos[k]!, pos[k + 1]!];
    if (s[a] !== s[b] && !(k === 0 && s[b] === '0')) return s.slice(0, a) + s[b] + s.slice(a + 1, b) + s[a] + s.slice(b + 1);
  }
  // all digits equal (or only a leading-zero swap possible): change the last integer digit
  const last = pos[pos.length - 1]!;
  return s.slice(0, last) + String((Number(s[last]) + 3) % 10) + s.slice(last + 1);
}

const PROJECTS = [
  '农村人居环境整治项目',
  '法律援助补助经费',
  '档案数字化加工项目',
  '全民健身设施维护经费',
  '信访积案化解专项资金',
  '防汛物资储备项目',
  '职工书屋建设补助',
  '非物质文化遗产保护项目',
  '困难群众临时救助资金',
  '智慧社区平台运维项目',
  '老旧小区适老化改造项目',
  '食品安全抽检经费',
  '河道保洁专项经费',
  '基层党建阵地提升项目',
];
const projectNames = (r: Rng, n: number) => [...PROJECTS].sort(() => r() - 0.5).slice(0, n);

/** `n` project budgets and executions (cents) that together use at most `share` of the host's project spending. */
function projectMoney(r: Rng, h: Host, n: number, share = 0.6): Array<{ b: number; e: number }> {
  const pool = Math.floor(h.project * share);
  return split(r, pool, n).map((b) => ({ b, e: Math.floor(b * (0.82 + r() * 0.18)) }));
}

const addProjects = (ps: Array<{ name: string; b: number; e: number }>) => (f: FiguresInput) => {
  f.projects = [...(f.projects ?? []), ...ps.map((p) => ({ name: p.name, budget: plainMoney(p.b), executed: plainMoney(p.e) }))];
};

// ---- the families ----------------------------------------------------------------

const COUNT_LISTS: Array<[total: string, unit: string, parts: [string, string, string]]> = [
  ['受理群众信访事项', '件', ['来信', '来访', '网上信访']],
  ['开展法治宣传活动', '场', ['进社区', '进校园', '进企业']],
  ['办理行政审批事项', '件', ['新办', '变更', '延续']],
  ['走访慰问困难家庭', '户', ['城镇', '农村', '外来务工']],
];

const SUM: Family[] = [
  {
    relation: 'sum',
    name: 'sum/其中-count-list',
    defect: 'one part changed',
    make(r, h) {
      const [label, u, names] = pick(r, COUNT_LISTS);
      const t = int(r, 120, 3000);
      const p = split(r, t, 3);
      const lead = pick(r, ['全年', '本年度共', '年内共']);
      const joiner = pick(r, ['、', '，']);
      const text = (q: number[]) => `${lead}${label}${count(t, h.sep)}${u}，其中${names.map((n, i) => `${n}${count(q[i]!, h.sep)}${u}`).join(joiner)}。`;
      return { clean: { work: text(p) }, bad: { work: text([p[0]!, otherCount(r, p[1]!), p[2]!]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/分别为-list',
    defect: 'one part changed',
    make(r) {
      const kinds = pick(r, [
        ['专项督查', '日常巡查', '联合检查'],
        ['一季度', '二季度', '下半年'],
        ['县级', '乡镇级', '村级'],
      ] as const);
      const t = int(r, 30, 600);
      const p = split(r, t, 3);
      const text = (q: number[]) => `全年共组织各类检查${t}次，${kinds.join('、')}分别为${q.map((x) => `${x}次`).join('、')}，发现问题均已督促整改。`;
      return { clean: { work: text(p) }, bad: { work: text([otherCount(r, p[0]!), p[1]!, p[2]!]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/comma-list-合计',
    defect: 'one part changed',
    make(r, h) {
      const [lead, names] = pick(r, [
        ['支出按经济分类：', ['工资福利支出', '商品和服务支出', '对个人和家庭的补助']],
        ['资金来源方面，', ['中央补助资金', '省级补助资金', '县级配套资金']],
        ['', ['设备购置费', '工程建设费', '其他费用']],
      ] as const);
      const t = int(r, 30000, 900000);
      const p = split(r, t, 3);
      const text = (q: number[]) => `${lead}${names.map((n, i) => `${n}${money(q[i]!, h.sep)}万元`).join('，')}，合计${money(t, h.sep)}万元。`;
      return { clean: { finance: text(p) }, bad: { finance: text([p[0]!, otherCents(r, p[1]!), p[2]!]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/包括-unit-at-end',
    defect: 'one part changed',
    make(r) {
      const t = int(r, 12, 90);
      const p = split(r, t, 3);
      const text = (q: number[]) => `围绕中心工作共举办主题活动${t}场，包括：理论宣讲${q[0]}、专题展览${q[1]}、座谈交流${q[2]}场。`;
      return { clean: { work: text(p) }, bad: { work: text([p[0]!, p[1]!, otherCount(r, p[2]!)]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/facilities-其中',
    defect: 'one part changed',
    make(r) {
      const [what, u, kinds] = pick(r, [
        ['中小学校', '所', ['小学', '初级中学', '完全中学']],
        ['村卫生室', '个', ['政府办', '集体办', '个人办']],
        ['基层综合文化服务中心', '个', ['乡镇级', '村级', '社区级']],
      ] as const);
      const t = int(r, 40, 400);
      const p = split(r, t, 3);
      const text = (q: number[]) => `目前全域共有${what}${t}${u}，其中${kinds.map((k, i) => `${k}${q[i]}${u}`).join('，')}，布局进一步优化。`;
      return { clean: { work: text(p) }, bad: { work: text([p[0]!, otherCount(r, p[1]!), p[2]!]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/revenue-by-source',
    defect: 'one source changed',
    make(r, h) {
      const t = h.exec + int(r, 0, 50_00);
      const p = split(r, t, 3);
      const text = (q: number[]) => `本年度收入合计${money(t, h.sep)}万元，其中：财政拨款收入${money(q[0]!, h.sep)}万元，事业收入${money(q[1]!, h.sep)}万元，其他收入${money(q[2]!, h.sep)}万元。`;
      return { clean: { finance: text(p) }, bad: { finance: text([p[0]!, p[1]!, otherCents(r, p[2]!)]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/basic-spending-split',
    defect: 'a part changed',
    make(r, h) {
      const p = split(r, h.basic, 2);
      const text = (q: number[]) => `基本支出${money(h.basic, h.sep)}万元中，人员经费${money(q[0]!, h.sep)}万元，日常公用经费${money(q[1]!, h.sep)}万元。`;
      return { clean: { finance: text(p) }, bad: { finance: text([otherCents(r, p[0]!), p[1]!]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/table-total-at-bottom',
    defect: 'one row changed',
    make(r, h) {
      const names = projectNames(r, 3);
      const m = projectMoney(r, h, 3);
      const rows = (es: number[]) => [
        '表1 重点项目资金使用情况（单位：万元）',
        '项目名称 预算数 执行数',
        ...names.map((n, i) => `${n} ${money(m[i]!.b, h.sep)} ${money(es[i]!, h.sep)}`),
        `合计 ${money(
          m.reduce((s, x) => s + x.b, 0),
          h.sep,
        )} ${money(
          m.reduce((s, x) => s + x.e, 0),
          h.sep,
        )}`,
      ];
      const es = m.map((x) => x.e);
      const bad = [...es];
      bad[1] = otherCents(r, bad[1]!);
      return {
        clean: { annex: rows(es).join('\n') },
        bad: { annex: rows(bad).join('\n') },
        figures: addProjects(names.map((name, i) => ({ name, ...m[i]! }))),
      };
    },
  },
  {
    relation: 'sum',
    name: 'sum/合计-after-list',
    defect: 'one part changed',
    make(r) {
      const t = int(r, 200, 2500);
      const p = split(r, t, 3);
      const text = (q: number[]) => `发放助学补助：普通高中学生${q[0]}人、中职学生${q[1]}人、大学新生${q[2]}人，合计${t}人，做到应助尽助。`;
      return { clean: { results: text(p) }, bad: { results: text([p[0]!, otherCount(r, p[1]!), p[2]!]) } };
    },
  },
  {
    relation: 'sum',
    name: 'sum/project-list-vs-项目支出',
    defect: 'one project changed',
    make(r, h) {
      const names = projectNames(r, 3);
      const p = split(r, h.project, 3);
      const text = (q: number[]) => `项目支出${money(h.project, h.sep)}万元，全部用于以下三个项目：${names.map((n, i) => `${n}${money(q[i]!, h.sep)}万元`).join('，')}。`;
      return { clean: { finance: text(p) }, bad: { finance: text([p[0]!, otherCents(r, p[1]!), p[2]!]) } };
    },
  },
];

const RATE: Family[] = [
  {
    relation: 'rate',
    name: 'rate/numbered-project',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const rate = pct(m!.e, m!.b, 2);
      const [no, budgetWord, execWord, rateWord] = [
        pick(r, ['（1）', '1．', '（一）']),
        pick(r, ['全年预算数', '年度预算', '预算安排']),
        pick(r, ['执行数', '实际支出', '已支出']),
        pick(r, ['完成预算的', '预算执行率为', '执行率']),
      ];
      const text = (x: string) => `${no}${name}：${budgetWord}${money(m!.b, h.sep)}万元，${execWord}${money(m!.e, h.sep)}万元，${rateWord}${x}%。`;
      return { clean: { projects: text(rate) }, bad: { projects: text(otherRate(r, rate)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/next-sentence',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const rate = pct(m!.e, m!.b, 2);
      const [plan, paid, rateWord] = pick(r, [
        ['年初安排', '实际支付', '资金支付率为'],
        ['年度预算', '全年支出', '预算执行率达到'],
        ['安排资金', '已使用', '资金使用率为'],
      ] as const);
      const text = (x: string) => `${name}${plan}${money(m!.b, h.sep)}万元，${paid}${money(m!.e, h.sep)}万元。${rateWord}${x}%，未支付部分按规定结转下年使用。`;
      return { clean: { projects: text(rate) }, bad: { projects: text(otherRate(r, rate)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/count-办结率',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const d = int(r, 60, 4000);
      const n = d - int(r, 1, Math.max(1, Math.floor(d / 12)));
      const rate = pct(n, d, 2);
      const [what, done, rateWord, tail] = pick(r, [
        ['受理行政复议申请', '依法审结', '审结率', '无一被上级机关撤销'],
        ['受理政务服务事项', '按时办结', '按时办结率', '群众办事更加便捷'],
        ['承接12345热线工单', '按期办结', '按期办结率', '群众诉求得到及时回应'],
      ] as const);
      const text = (x: string) => `全年${what}${count(d, h.sep)}件，${done}${count(n, h.sep)}件，${rateWord}${x}%，${tail}。`;
      return { clean: { work: text(rate) }, bad: { work: text(otherRate(r, rate)) } };
    },
  },
  {
    relation: 'rate',
    name: 'rate/coverage',
    defect: 'rate off by ≥0.5 point',
    make(r) {
      const d = int(r, 80, 900);
      const n = Math.floor(d * (0.4 + r() * 0.55));
      const rate = pct(n, d, 1);
      const text = (x: string) => `全辖${d}个行政村中，已建成村级综合服务站${n}个，覆盖率达到${x}%。`;
      return { clean: { results: text(rate) }, bad: { results: text(otherRate(r, rate)) } };
    },
  },
  {
    relation: 'rate',
    name: 'rate/satisfaction-survey',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const d = int(r, 300, 5000);
      const n = Math.floor(d * (0.86 + r() * 0.13));
      const rate = pct(n, d, 2);
      const rateWord = pick(r, ['满意率', '群众满意度为', '满意度达']);
      const text = (x: string) => `委托第三方开展满意度测评，共回收有效问卷${count(d, h.sep)}份，其中评价“满意”的${count(n, h.sep)}份，${rateWord}${x}%。`;
      return { clean: { results: text(rate) }, bad: { results: text(otherRate(r, rate)) } };
    },
  },
  {
    relation: 'rate',
    name: 'rate/pipe-table-rows',
    defect: 'a row rate off by ≥0.5 point',
    make(r, h) {
      const names = projectNames(r, 2);
      const m = projectMoney(r, h, 2, 0.5);
      const rates = m.map((x) => pct(x.e, x.b, 2));
      const rows = (rs: string[]) =>
        ['序号 | 项目名称 | 预算数（万元） | 执行数（万元） | 执行率', ...names.map((n, i) => `${i + 1} | ${n} | ${money(m[i]!.b, h.sep)} | ${money(m[i]!.e, h.sep)} | ${rs[i]}%`)].join('\n');
      return { clean: { annex: rows(rates) }, bad: { annex: rows([rates[0]!, otherRate(r, rates[1]!)]) }, figures: addProjects(names.map((name, i) => ({ name, ...m[i]! }))) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/下达-累计支出-进度',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const rate = pct(m!.e, m!.b, 1);
      const text = (x: string) => `上级下达${name}${money(m!.b, h.sep)}万元，截至12月底累计支出${money(m!.e, h.sep)}万元，支出进度${x}%。`;
      return { clean: { projects: text(rate) }, bad: { projects: text(otherRate(r, rate)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/heading-scoped-project',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const rate = pct(m!.e, m!.b, 2);
      const text = (x: string) => `1．${name}\n本年度预算数${money(m!.b, h.sep)}万元，执行数${money(m!.e, h.sep)}万元，预算执行率${x}%，项目按计划完成。`;
      return { clean: { projects: text(rate) }, bad: { projects: text(otherRate(r, rate)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/该项目-coreference',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const rate = pct(m!.e, m!.b, 2);
      const ref = pick(r, ['该项目', '本项目']);
      const text = (x: string) => `${h.unitWord}实施的${name}，年度预算数${money(m!.b, h.sep)}万元。${ref}全年支出${money(m!.e, h.sep)}万元，执行率为${x}%。`;
      return { clean: { projects: text(rate) }, bad: { projects: text(otherRate(r, rate)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/批复-拨付率',
    defect: 'rate off by ≥0.5 point',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const rate = pct(m!.e, m!.b, 2);
      const text = (x: string) => `${name}批复资金${money(m!.b, h.sep)}万元，已拨付${money(m!.e, h.sep)}万元，拨付率${x}%。`;
      return { clean: { projects: text(rate) }, bad: { projects: text(otherRate(r, rate)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'rate',
    name: 'rate/分别占-breakdown',
    defect: 'one of two shares off',
    make(r, h) {
      const shares = [pct(h.basic, h.exec, 2), pct(h.project, h.exec, 2)];
      const lead = pick(r, ['按支出性质分，', '从支出结构看，', '']);
      const of = pick(r, ['全年执行数的', '总支出的', '']);
      const text = (x: string[]) => `${lead}基本支出${money(h.basic, h.sep)}万元，项目支出${money(h.project, h.sep)}万元，分别占${of}${x[0]}%和${x[1]}%。`;
      const i = int(r, 0, 1);
      return { clean: { finance: text(shares) }, bad: { finance: text(shares.map((x, k) => (k === i ? otherRate(r, x) : x))) } };
    },
  },
  {
    relation: 'rate',
    name: 'rate/分别占-counts',
    defect: 'one of two shares off',
    make(r, h) {
      const [what, kinds] = pick(r, [
        ['受理群众来信来访', ['按期办结', '转交办理']],
        ['开展执法检查', ['现场检查', '专项抽查']],
        ['受理投诉举报', ['调解成功', '立案查处']],
      ] as const);
      const t = int(r, 200, 3000);
      const a = int(r, Math.floor(t * 0.3), Math.floor(t * 0.6));
      const b = int(r, 1, Math.floor(t * 0.3));
      const shares = [pct(a, t, 1), pct(b, t, 1)];
      const text = (x: string[]) => `全年${what}${count(t, h.sep)}件，其中${kinds[0]}${count(a, h.sep)}件、${kinds[1]}${count(b, h.sep)}件，分别占${x[0]}%和${x[1]}%。`;
      const i = int(r, 0, 1);
      return { clean: { work: text(shares) }, bad: { work: text(shares.map((x, k) => (k === i ? otherRate(r, x) : x))) } };
    },
  },
];

/** Two values and the growth between them, at `d` decimals; `bad` has the stated growth moved by 1–5 points. */
function growth(r: Rng, prev: Decimal, cur: Decimal, d: number) {
  const g = cur.minus(prev).div(prev).times(100).abs();
  const stated = formatDecimal(g, d, false);
  const off = formatDecimal(new Decimal(stated).plus(new Decimal(int(r, 10, 50)).div(10)), d, false);
  return { stated, off, up: cur.gt(prev) };
}

const GROWTH: Family[] = [
  {
    relation: 'growth',
    name: 'growth/较上年-with-base',
    defect: 'growth off by 1–5 points',
    make(r) {
      const prev = new Decimal(int(r, 1000, 90000)).div(100);
      const cur = prev.times(1 + int(r, 2, 30) / 100).toDecimalPlaces(2);
      const g = growth(r, prev, cur, 2);
      const what = pick(r, ['全年接待游客', '全年公共文化场馆服务群众', '全年线上平台访问量达到']);
      const text = (x: string) => `${what}${cur.toFixed(2)}万人次，较上年${prev.toFixed(2)}万人次增长${x}%。`;
      return { clean: { results: text(g.stated) }, bad: { results: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/base-in-parentheses',
    defect: 'growth off by 1–5 points',
    make(r, h) {
      const prev = int(r, 200, 6000);
      const cur = prev + int(r, 10, Math.floor(prev / 3));
      const g = growth(r, new Decimal(prev), new Decimal(cur), 1);
      const text = (x: string) => `全年办理公证事项${count(cur, h.sep)}件，同比增长${x}%（上年为${count(prev, h.sep)}件）。`;
      return { clean: { work: text(g.stated) }, bad: { work: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/三公-decline',
    defect: 'decline off by 1–5 points',
    make(r, h) {
      const prev = int(r, 10_00, 90_00);
      const cur = prev - int(r, 50, Math.floor(prev / 4));
      const g = growth(r, new Decimal(prev).div(100), new Decimal(cur).div(100), 2);
      const text = (x: string) => `本年度“三公”经费支出${money(cur, h.sep)}万元，上年为${money(prev, h.sep)}万元，同比下降${x}%。`;
      return { clean: { finance: text(g.stated) }, bad: { finance: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/亿元-比上年',
    defect: 'growth off by 1–5 points',
    make(r) {
      const prev = new Decimal(int(r, 2000, 90000)).div(100);
      const cur = prev.times(1 + int(r, 1, 15) / 100).toDecimalPlaces(2);
      const g = growth(r, prev, cur, 2);
      const text = (x: string) => `全年实现社会消费品零售总额${cur.toFixed(2)}亿元，比上年${prev.toFixed(2)}亿元增长${x}%。`;
      return { clean: { results: text(g.stated) }, bad: { results: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/two-sentences',
    defect: 'growth off by 1–5 points',
    make(r) {
      const prev = int(r, 40, 900);
      const cur = prev + int(r, 3, Math.floor(prev / 2));
      const g = growth(r, new Decimal(prev), new Decimal(cur), 1);
      const text = (x: string) => `上年度共开展送戏下乡${prev}场。本年度开展${cur}场，同比增长${x}%，惠及群众逾万人。`;
      return { clean: { work: text(g.stated) }, bad: { work: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/由-增加到-增幅',
    defect: 'growth off by 1–5 points',
    make(r, h) {
      const prev = int(r, 1000, 60000);
      const cur = prev + int(r, 50, Math.floor(prev / 3));
      const g = growth(r, new Decimal(prev), new Decimal(cur), 2);
      const text = (x: string) => `图书外借量由上年的${count(prev, h.sep)}册次增加到${count(cur, h.sep)}册次，增幅为${x}%。`;
      return { clean: { results: text(g.stated) }, bad: { results: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/decline-count',
    defect: 'decline off by 1–5 points',
    make(r) {
      const prev = int(r, 20, 400);
      const cur = prev - int(r, 2, Math.floor(prev / 3));
      const g = growth(r, new Decimal(prev), new Decimal(cur), 1);
      const text = (x: string) => `全年发生一般生产安全事故${cur}起，较上年的${prev}起下降${x}%，未发生较大以上事故。`;
      return { clean: { results: text(g.stated) }, bad: { results: text(g.off) } };
    },
  },
  {
    relation: 'growth',
    name: 'growth/与上年相比-由-增至',
    defect: 'growth off by 1–5 points',
    make(r) {
      const prev = int(r, 10, 300);
      const cur = prev + int(r, 1, Math.floor(prev / 2) + 1);
      const g = growth(r, new Decimal(prev), new Decimal(cur), 2);
      const text = (x: string) => `与上年相比，规范化建设达标站点由${prev}个增至${cur}个，增长${x}%。`;
      return { clean: { results: text(g.stated) }, bad: { results: text(g.off) } };
    },
  },
];

const RESTATEMENT: Family[] = [
  {
    relation: 'restatement',
    name: 'restatement/same-label',
    defect: 'digits transposed',
    make(r, h) {
      const n = count(int(r, 120, 9000), h.sep);
      const results = (x: string) => `全年开展法律咨询${x}次，群众法治意识明显增强。`;
      return { clean: { work: `全年开展法律咨询${n}次，覆盖全部乡镇。`, results: results(n) }, bad: { work: `全年开展法律咨询${n}次，覆盖全部乡镇。`, results: results(transpose(n)) } };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/relabelled-subject',
    defect: 'digits transposed',
    make(r, h) {
      const n = count(int(r, 300, 9000), h.sep);
      const [long, short, unit] = pick(r, [
        ['受理群众来信来访', '受理来信来访', '件'],
        ['开展公共法律服务咨询', '法律咨询服务', '人次'],
        ['办理各类政务服务事项', '办理政务服务事项', '件'],
      ] as const);
      const work = `全年${long}${n}${unit}，服务质量持续提升。`;
      const results = (x: string) => `${short}${x}${unit}，群众满意度明显提高。`;
      return { clean: { work, results: results(n) }, bad: { work, results: results(transpose(n)) } };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/万-vs-units',
    defect: '万/千 slip',
    make(r, h) {
      const w = new Decimal(int(r, 120, 980)).div(100);
      const work = `全年办理不动产登记业务${w.toFixed(2)}万件，窗口服务效率稳步提高。`;
      const results = (x: Decimal) => `各类不动产登记业务${count(x.toNumber(), h.sep)}件，实现一窗受理。`;
      return { clean: { work, results: results(w.times(10000)) }, bad: { work, results: results(w.times(1000)) } };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/project-amount',
    defect: 'digits transposed',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const e = money(m!.e, h.sep);
      const projects = `${name}全年执行数${e}万元，主要用于设备购置和日常运维。`;
      const results = (x: string) => `通过${name}实际支出${x}万元，相关服务能力明显提升。`;
      return { clean: { projects, results: results(e) }, bad: { projects, results: results(transpose(e)) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/元-vs-万元',
    defect: 'digits transposed',
    make(r, h) {
      const cents = int(r, 5_00, 400_00);
      const yuan = count(cents * 100, h.sep);
      const work = `本年度拨付安全生产培训资金${yuan}元，用于编印培训教材和组织现场演练。`;
      const results = (x: string) => `安全生产培训资金${x}万元已全部支出。`;
      const wan = money(cents, h.sep);
      return { clean: { work, results: results(wan) }, bad: { work, results: results(transpose(wan)) } };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/万吨-vs-吨',
    defect: 'one digit changed',
    make(r, h) {
      const w = new Decimal(int(r, 105, 960)).div(100);
      const work = `全年完成地方储备粮轮换${w.toFixed(2)}万吨，储备粮质量良好。`;
      const t = w.times(10000).toNumber();
      const results = (x: number) => `完成地方储备粮轮换${count(x, h.sep)}吨，做到数量真实、质量良好。`;
      return { clean: { work, results: results(t) }, bad: { work, results: results(t + 1000 * int(r, 1, 4)) } };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/table-row-vs-text',
    defect: 'digits transposed in the text',
    make(r) {
      const n = int(r, 120, 980);
      const target = Math.floor(n * 0.8);
      const annex = ['指标名称 年度指标值 实际完成值', `组织业务培训人次 ≥${target}人次 ${n}人次`].join('\n');
      const work = (x: string) => `全年组织业务培训${x}人次，参训人员覆盖全系统。`;
      const bad = transpose(String(n));
      return {
        clean: { work: work(String(n)), annex },
        bad: { work: work(Number(bad) >= target ? bad : String(n + 7)), annex },
        figures: (f) => void (f.indicators = [...(f.indicators ?? []), { name: '组织业务培训人次', target: `≥${target}人次`, actual: `${n}人次` }]),
      };
    },
  },
  {
    relation: 'restatement',
    name: 'restatement/年内-prefix',
    defect: 'one digit changed',
    make(r) {
      const n = int(r, 100, 3000);
      const work = `年内新增城镇就业岗位${n}个，帮扶困难人员实现再就业。`;
      const results = (x: number) => `新增城镇就业岗位${x}个，就业形势总体稳定。`;
      return { clean: { work, results: results(n) }, bad: { work, results: results(n + 100 * int(r, 1, 3)) } };
    },
  },
];

const FIGURES: Family[] = [
  {
    relation: 'figures',
    name: 'figures/project-paid-no-rate',
    defect: 'executed transposed vs figures',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const [plan, paid] = pick(r, [
        ['年初安排', '实际支付'],
        ['预算', '全年支出'],
        ['下达资金', '已拨付'],
      ] as const);
      const text = (e: string) => `${name}${plan}${money(m!.b, h.sep)}万元，${paid}${e}万元，主要用于购买服务和设备维护。`;
      return { clean: { projects: text(money(m!.e, h.sep)) }, bad: { projects: text(transpose(money(m!.e, h.sep))) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'figures',
    name: 'figures/numbered-project-budget',
    defect: 'budget transposed vs figures',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const text = (b: string) => `（2）${name}：预算${b}万元，当年支出${money(m!.e, h.sep)}万元。`;
      return { clean: { projects: text(money(m!.b, h.sep)) }, bad: { projects: text(transpose(money(m!.b, h.sep))) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'figures',
    name: 'figures/indicator-actual-in-text',
    defect: 'indicator actual transposed vs figures',
    make(r) {
      const target = int(r, 100, 800);
      const actual = target + int(r, 5, 200);
      let bad = transpose(String(actual));
      if (Number(bad) < target) bad = String(actual + 10);
      const text = (x: string) => `全年调处各类矛盾纠纷${x}件，调处成功率保持较高水平。`;
      return {
        clean: { indicators: text(String(actual)) },
        bad: { indicators: text(bad) },
        figures: (f) => void (f.indicators = [...(f.indicators ?? []), { name: '调处矛盾纠纷数', target: `≥${target}件`, actual: `${actual}件` }]),
      };
    },
  },
  {
    relation: 'figures',
    name: 'figures/indicator-table-row',
    defect: 'indicator actual changed vs figures',
    make(r) {
      const target = int(r, 20, 300);
      const actual = target + int(r, 1, 40);
      const row = (x: number) => ['一级指标 二级指标 三级指标 年度指标值 实际完成值', `产出指标 数量指标 开展志愿服务活动次数 ≥${target}次 ${x}次`].join('\n');
      return {
        clean: { annex: row(actual) },
        bad: { annex: row(actual + int(r, 3, 30)) },
        figures: (f) => void (f.indicators = [...(f.indicators ?? []), { name: '开展志愿服务活动次数', target: `≥${target}次`, actual: `${actual}次` }]),
      };
    },
  },
  {
    relation: 'figures',
    name: 'figures/by-function-swapped',
    defect: 'two function items swapped vs figures',
    make(r, h) {
      const names = ['一般公共服务支出', '社会保障和就业支出', '卫生健康支出'];
      let p = split(r, h.exec, 3);
      while (p[0] === p[1]) p = split(r, h.exec, 3);
      const text = (q: number[]) => `支出按功能分类：${names.map((n, i) => `${n}${money(q[i]!, h.sep)}万元`).join('；')}。`;
      return {
        clean: { finance: text(p) },
        bad: { finance: text([p[1]!, p[0]!, p[2]!]) },
        figures: (f) => void (f.byFunction = names.map((name, i) => ({ name, amount: plainMoney(p[i]!) }))),
      };
    },
  },
  {
    relation: 'figures',
    name: 'figures/self-score',
    defect: 'score changed within its band vs figures',
    make(r, h) {
      const s = h.score;
      const band = s.gte(90) ? [90, 99.99] : s.gte(80) ? [80, 89.99] : [60, 79.99];
      let other = s.plus(new Decimal(int(r, 50, 400)).div(100));
      if (other.gt(band[1]!)) other = s.minus(new Decimal(int(r, 50, 400)).div(100));
      if (other.lt(band[0]!)) other = new Decimal(band[0]!).plus(0.25);
      const rating = s.gte(90) ? '优' : s.gte(80) ? '良' : '中';
      const text = (x: Decimal) => `对照评价指标体系逐项打分，${h.dept}部门整体支出绩效自评得分为${x.toFixed(2)}分，评价等次为“${rating}”。`;
      return { clean: {}, bad: {}, score: [text(s), text(other)] };
    },
  },
  {
    relation: 'figures',
    name: 'figures/project-pipe-table',
    defect: 'executed transposed vs figures',
    make(r, h) {
      const names = projectNames(r, 2);
      const m = projectMoney(r, h, 2, 0.5);
      const rows = (e1: string) =>
        ['项目名称 | 预算数（万元） | 执行数（万元）', `${names[0]} | ${money(m[0]!.b, h.sep)} | ${money(m[0]!.e, h.sep)}`, `${names[1]} | ${money(m[1]!.b, h.sep)} | ${e1}`].join('\n');
      return { clean: { annex: rows(money(m[1]!.e, h.sep)) }, bad: { annex: rows(transpose(money(m[1]!.e, h.sep))) }, figures: addProjects(names.map((name, i) => ({ name, ...m[i]! }))) };
    },
  },
  {
    relation: 'figures',
    name: 'figures/该项目-executed',
    defect: 'executed transposed vs figures',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const ref = pick(r, ['该项目', '本项目', '上述资金']);
      const text = (e: string) => `${h.unitWord}承担的${name}，年度预算${money(m!.b, h.sep)}万元。${ref}全年完成支出${e}万元，资金使用规范。`;
      return { clean: { projects: text(money(m!.e, h.sep)) }, bad: { projects: text(transpose(money(m!.e, h.sep))) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
  {
    relation: 'figures',
    name: 'figures/heading-scoped-executed',
    defect: 'executed transposed vs figures',
    make(r, h) {
      const [name] = projectNames(r, 1);
      const [m] = projectMoney(r, h, 1, 0.3);
      const text = (e: string) => `2．${name}\n本年度到位资金${money(m!.b, h.sep)}万元，支出${e}万元，结余资金按规定收回。`;
      return { clean: { projects: text(money(m!.e, h.sep)) }, bad: { projects: text(transpose(money(m!.e, h.sep))) }, figures: addProjects([{ name: name!, ...m! }]) };
    },
  },
];

export const FAMILIES: readonly Family[] = [...SUM, ...RATE, ...GROWTH, ...RESTATEMENT, ...FIGURES];

// ---- the host report --------------------------------------------------------------

const DEPTS: Array<[string, string]> = [
  ['某县司法局', '我局'],
  ['某区文化和旅游局', '我局'],
  ['某市档案馆', '我馆'],
  ['某县商务局', '我局'],
  ['某区应急管理局', '我局'],
  ['某县图书馆', '我馆'],
  ['某区政务服务中心', '本中心'],
];

export function host(r: Rng): Host {
  const [dept, unitWord] = pick(r, DEPTS);
  const budget = int(r, 800_00, 20_000_00);
  const exec = Math.floor(budget * (0.9 + r() * 0.09));
  const basic = Math.floor(exec * (0.55 + r() * 0.3));
  return { dept, unitWord, year: int(r, 2021, 2024), sep: r() < 0.5, budget, exec, basic, project: exec - basic, score: new Decimal(int(r, 8000, 9899)).div(100) };
}

function ratingOf(s: Decimal): string {
  return s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差';
}

/** The host report with the family's text in its places. */
export function renderHost(h: Host, slots: Slots, score?: string): string {
  const m = (c: number) => money(c, h.sep);
  const lines = [
    `${h.dept}${h.year}年度部门整体支出绩效自评报告`,
    '一、基本情况',
    '（一）部门概况',
    `${h.dept}是本级政府的工作部门，内设股室5个，下属事业单位1个。`,
    '（二）年度总体工作和重点工作任务',
    `${h.year}年，${h.unitWord}围绕年度目标，扎实推进各项重点工作。`,
    slots.work,
    '（三）部门整体收支情况',
    `${h.year}年度全年预算数${m(h.budget)}万元，全年执行数${m(h.exec)}万元，预算执行率${pct(h.exec, h.budget, 2)}%。其中基本支出${m(h.basic)}万元，项目支出${m(h.project)}万元。`,
    slots.finance,
    '二、综合评价分析',
    '（一）自评结论综述',
    score ?? `经综合评价，自评得分${h.score.toFixed(2)}分，等级为“${ratingOf(h.score)}”。`,
    '（二）各项工作任务绩效目标完成情况分析',
    `${h.unitWord}按照年初设定的绩效目标组织实施，各项工作稳步推进。`,
    slots.indicators,
    '（三）各重点任务项目支出完成情况分析',
    slots.projects,
    '（四）主要工作成效',
    `通过一年的努力，${h.unitWord}各项工作取得新进展。`,
    slots.results,
    '三、存在的主要问题',
    '预算编制的精细化程度有待提高，个别项目支出进度偏慢。',
    '四、下一步改进措施',
    '强化预算执行监控，提高资金使用效益。',
    slots.annex,
  ];
  return lines.filter((l): l is string => l !== undefined && l !== '').join('\n');
}

export function hostFigures(h: Host): FiguresInput {
  return {
    department: h.dept,
    year: h.year,
    unit: '万元',
    budget: { adjusted: plainMoney(h.budget) },
    execution: plainMoney(h.exec),
    byNature: { basic: plainMoney(h.basic), project: plainMoney(h.project) },
    selfScore: h.score.toFixed(2),
    rating: ratingOf(h.score) as '优',
  };
}

/** `perFamily` clean/defective pairs of every family, deterministic. */
export function familyCases(perFamily = 5): FamilyCase[] {
  const out: FamilyCase[] = [];
  FAMILIES.forEach((f) => {
    // seeded by the family's name: adding or moving a family leaves the others' cases as they were
    const seed = [...f.name].reduce((h, c) => (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0, 9000);
    for (let k = 0; k < perFamily; k++) {
      const r = rng(seed + k * 101);
      const h = host(r);
      const inst = f.make(r, h);
      const figures = hostFigures(h);
      inst.figures?.(figures);
      out.push({
        id: `${f.name}#${k}`,
        family: f.name,
        relation: f.relation,
        clean: renderHost(h, inst.clean, inst.score?.[0]),
        bad: renderHost(h, { ...inst.clean, ...inst.bad }, inst.score?.[1]),
        figures,
      });
    }
  });
  return out;
}
