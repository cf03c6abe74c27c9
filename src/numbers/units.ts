/**
 * The units written after a number, matched longest-first: 批次 before 批,
 * 万人次 before 万, 个百分点 before 个.
 */

/** How a unit bears on the quantity's kind (the number itself can still decide: 2021年 vs 3年). */
export type UnitClass =
  | 'money' // 元 万元 亿元
  | 'magnitude' // a bare 万 亿 written as a unit: 帮扶资金500万
  | 'percent' // % ％ 百分点
  | 'permille'
  | 'score' // 分
  | 'count' // 件 篇 人次 个 天 小时 …
  | 'yearUnit' // 年: a year (2021年) or a duration (3年)
  | 'yearOnly' // 年度
  | 'month' // 月 月份
  | 'day' // 日
  | 'session' // 届: an ordinal
  | 'other'; // 号 倍

const MONEY = ['元', '美元', '港元'];
const COUNT = [
  '件',
  '篇',
  '次',
  '人次',
  '个',
  '名',
  '批',
  '批次',
  '人',
  '户',
  '条',
  '项',
  '份',
  '场',
  '场次',
  '期',
  '家',
  '所',
  '支',
  '辆',
  '套',
  '台',
  '位',
  '类',
  '部',
  '部门',
  '幅',
  '本',
  '册',
  '张',
  '座',
  '处',
  '栋',
  '亩',
  '字',
  '岁',
  '平方米',
  '平方公里',
  '公里',
  '千米',
  '米',
  '吨',
  '千克',
  '公斤',
  '天',
  '小时',
  '分钟',
  '个月',
  '周',
  '周年',
  '季度',
  '个工作日',
  '工作日',
  '人日',
  '架次',
  '宗',
  '节',
  '课时',
  '学时',
  '门',
  '棵',
  '株',
  '盏',
  '块',
  '艘',
  '例',
  '册次',
  '卷',
  '千瓦时',
  '立方米',
  '起',
];
const MAGNITUDES = ['万亿', '千万', '百万', '万', '亿', '千'];

/** Units that may follow a Chinese numeral (二十余个, 一百五十万元); 年 月 日 分 are left out: 十分重视, 五年一次. */
const CHINESE_OK = new Set([
  '件',
  '篇',
  '次',
  '人次',
  '个',
  '名',
  '批',
  '批次',
  '人',
  '户',
  '条',
  '项',
  '份',
  '场',
  '场次',
  '期',
  '家',
  '所',
  '支',
  '辆',
  '套',
  '台',
  '位',
  '类',
  '部门',
  '幅',
  '册',
  '座',
  '栋',
  '亩',
  '平方米',
  '公里',
  '吨',
  '天',
  '小时',
  '个月',
  '周年',
  '个工作日',
  '个百分点',
  '百分点',
  '元',
  '岁',
  '架次',
  '宗',
  '课时',
  '学时',
  '棵',
  '株',
]);

/** A unit is not a unit when the next character turns it into a word: 分别, 期间, 天河, 元素. */
const NOT_BEFORE: Record<string, string> = {
  分: '别析类配解工布批散享管级组项局会成红摊拨担数子化管',
  起: '草来步点始码源止航飞见诉因初床居义色到',
  期: '间限望待末盼许',
  所: '有属在以谓得',
  家: '庭属乡园',
  元: '里素化首宵旦结论帅老',
  年: '级轻龄代华',
  日: '常益趋',
  条: '件例',
  台: '账湾',
  名: '称单义',
  部: '署分长',
  支: '出持付部援撑',
  场: '所景地馆合',
  处: '理置于室长',
  本: '级地部单年次身届期',
  座: '谈位',
  户: '籍口外',
  位: '于置列',
  类: '似型别',
  批: '准示复评',
  人: '民大才口',
  篇: '章',
  份: '额',
  天: '然河',
  周: '边围期',
  号: '召称',
  门: '类户槛口',
  节: '约能点日目',
  块: '钱',
  宗: '教旨',
  米: '粮',
};

/** Every character that can turn a unit into a word (for tests that need neutral filler). */
export const WORD_CONTINUATIONS = Object.values(NOT_BEFORE).join('');

interface UnitDef {
  unit: string;
  cls: UnitClass;
}

const BASES: UnitDef[] = [
  ...MONEY.map((unit) => ({ unit, cls: 'money' as const })),
  ...COUNT.map((unit) => ({ unit, cls: 'count' as const })),
  ...([
    { unit: '%', cls: 'percent' },
    { unit: '％', cls: 'percent' },
    { unit: '个百分点', cls: 'percent' },
    { unit: '百分点', cls: 'percent' },
    { unit: '‰', cls: 'permille' },
    { unit: '分', cls: 'score' },
    { unit: '年', cls: 'yearUnit' },
    { unit: '年度', cls: 'yearOnly' },
    { unit: '月', cls: 'month' },
    { unit: '月份', cls: 'month' },
    { unit: '日', cls: 'day' },
    { unit: '届', cls: 'session' },
    { unit: '号', cls: 'other' },
    { unit: '倍', cls: 'other' },
  ] satisfies UnitDef[]),
].sort((a, b) => b.unit.length - a.unit.length);

/** Bases that may take a magnitude prefix: 万元, 万人次, 万字 (not 万% or 万年). */
const SCALABLE = new Set<UnitClass>(['money', 'count']);

/** The approximation markers written between a number and its unit: 190余篇, 30多万人次. */
const INNER_APPROX = ['余', '多'];

export interface UnitMatch {
  /** Normalized unit (％ → %). */
  unit: string;
  cls: UnitClass;
  /** End of the unit (and of any inner approximation marker) in the text. */
  end: number;
  /** 余 or 多 written inside the expression. */
  approxInner?: string;
}

const HSPACE = /[ \t\u3000\u00a0]/;

/** BASES by first character, longest first within each list. */
const BASES_BY_FIRST = new Map<string, UnitDef[]>();
for (const def of BASES) {
  const first = def.unit[0]!;
  BASES_BY_FIRST.set(first, [...(BASES_BY_FIRST.get(first) ?? []), def]);
}

function baseAt(text: string, pos: number, chinese: boolean): UnitDef | null {
  const ch = text[pos];
  if (ch === undefined) return null;
  for (const def of BASES_BY_FIRST.get(ch) ?? []) {
    if (!text.startsWith(def.unit, pos)) continue;
    if (chinese && !CHINESE_OK.has(def.unit)) continue;
    const next = text[pos + def.unit.length];
    const banned = NOT_BEFORE[def.unit];
    if (next !== undefined && banned?.includes(next)) continue;
    return def;
  }
  return null;
}

function magnitudeAt(text: string, pos: number): string | null {
  for (const m of MAGNITUDES) if (text.startsWith(m, pos)) return m;
  return null;
}

function innerAt(text: string, pos: number): string | null {
  const ch = text[pos];
  return ch !== undefined && INNER_APPROX.includes(ch) ? ch : null;
}

/**
 * The unit written at `pos` right after a number, longest first. Grammar:
 * [space] [余|多] [magnitude] [余|多] [base]; a bare magnitude (500万) is a unit too.
 * After a Chinese numeral no space is allowed and only classifiers count.
 */
export function matchUnit(text: string, pos: number, opts: { chinese?: boolean } = {}): UnitMatch | null {
  const chinese = opts.chinese === true;
  let p = pos;
  if (!chinese) while (p < text.length && p - pos < 2 && HSPACE.test(text[p]!)) p++;
  let approxInner: string | undefined;
  const inner1 = innerAt(text, p);
  if (inner1) {
    approxInner = inner1;
    p++;
  }
  const mag = magnitudeAt(text, p);
  const direct = baseAt(text, p, chinese);
  let best: UnitMatch | null = direct ? { unit: direct.unit, cls: direct.cls, end: p + direct.unit.length } : null;
  if (mag) {
    let q = p + mag.length;
    let inner2: string | null = null;
    if (!approxInner) {
      inner2 = innerAt(text, q);
      if (inner2) q++;
    }
    const base = baseAt(text, q, false);
    if (base && SCALABLE.has(base.cls) && (!chinese || CHINESE_OK.has(base.unit) || base.cls === 'money')) {
      const cand: UnitMatch = { unit: mag + base.unit, cls: base.cls, end: q + base.unit.length };
      if (inner2) cand.approxInner = inner2;
      if (!best || cand.end > best.end) best = cand;
    } else if (!best && !inner2 && !chinese) {
      best = { unit: mag, cls: 'magnitude', end: p + mag.length };
    }
  }
  if (!best) return null;
  if (approxInner) best.approxInner = approxInner;
  if (best.unit === '％') best.unit = '%';
  return best;
}

/** Approximation or bound markers written after the unit: 95%以上, 300份以上, 左右. */
const AFTER_APPROX = ['以上', '左右', '以内', '以下', '之多'];

export function matchApproxAfter(text: string, pos: number): { marker: string; end: number } | null {
  for (const m of AFTER_APPROX) if (text.startsWith(m, pos)) return { marker: m, end: pos + m.length };
  return null;
}

/** Markers written before a number, longest first: 近 约 大约 逾 超过 将近. */
const BEFORE_APPROX = ['将近', '大约', '超过', '接近', '约', '近', '逾'];

/**
 * Words that end in a marker but are not markers: 节约, 附近, 最近; and 不超过, a bound written
 * before the number like 不少于 (the label keeps neither: see TRAILING in labels.ts).
 */
const NOT_AFTER: Record<string, string> = {
  约: '节制签预公契邀条简集合履违特相婚',
  近: '附邻亲靠贴就最临',
  超过: '不',
};

/** The approximation marker ending right before `pos` (a space between is allowed), or null. */
export function matchApproxBefore(text: string, pos: number, minStart: number): { marker: string; start: number } | null {
  let p = pos;
  if (p > minStart && HSPACE.test(text[p - 1]!)) p--;
  for (const m of BEFORE_APPROX) {
    const s = p - m.length;
    if (s < minStart || !text.startsWith(m, s)) continue;
    const prev = text[s - 1];
    if (prev !== undefined && NOT_AFTER[m]?.includes(prev)) continue;
    return { marker: m, start: s };
  }
  return null;
}
