/** The label phrase of a quantity (全年预算数, 立案率) and its canonical key for matching figures. */

const BOUNDARY = new Set(['、', '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', '\r']);
const SPACE = /[ \t\u3000\u00a0]/;
const COLONS = new Set(['：', ':']);

/** Longest labels kept; longer clause fragments keep their end, nearest the number. */
const MAX_LABEL_CHARS = 16;

const LEADING = ['其中', '全年共计', '全年共', '今年共', '年内共', '是', '共计', '共有', '经审查', '经审核', '经统计', '另外', '此外', '同时', '并且', '累计共', '并', '另'];
const LEADING_LONGEST_FIRST = [...LEADING].sort((a, b) => b.length - a.length);
/** Scope words that say whose money it is, not what the figure is. */
const SCOPE = ['一般公共预算财政拨款支出', '一般公共预算财政拨款', '财政拨款支出', '本部门', '本单位', '我部门', '我单位', '我们', '我会', '我委', '我局', '我办', '我院', '我厅'];
const TRAILING = [
  // bounds (a target's floor or ceiling: 培训不少于12次 → 培训)
  '不少于',
  '不低于',
  '不小于',
  '不超过',
  '不高于',
  '不多于',
  '至少',
  '分别为',
  '分别是',
  '分别',
  '达到',
  '高达',
  '多达',
  '共计',
  '合计为',
  '为',
  '达',
  '是',
  '的',
  '了',
  '共',
  '占',
  '约',
  '有',
  '到',
  '仅',
  '只有',
  '只',
  '计',
  '均',
  '等',
  '对',
  '向',
];
/** 共 starts a word here, not a "total of": 共同, 共享, 共青团. */
const GONG_WORDS = '同享建青识产和性赢治商';
/** 计 ends a word here: 合计, 设计, 统计. */
const JI_WORDS = '合设统估会审';

function stripLeading(s: string): string {
  let changed = true;
  while (changed && s.length > 0) {
    changed = false;
    s = s.replace(/^[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]/, '');
    for (const w of LEADING_LONGEST_FIRST) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        changed = true;
        break;
      }
    }
    if (s.startsWith('共') && s.length > 1 && !GONG_WORDS.includes(s[1]!)) {
      s = s.slice(1);
      changed = true;
    }
  }
  for (let again = true; again;) {
    again = false;
    for (const w of SCOPE) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        again = true;
      }
    }
  }
  return s;
}

function stripTrailing(s: string): string {
  let changed = true;
  while (changed && s.length > 0) {
    changed = false;
    for (const w of TRAILING) {
      if (!s.endsWith(w)) continue;
      if (w === '计' && s.length >= 2 && JI_WORDS.includes(s[s.length - 2]!)) continue;
      s = s.slice(0, s.length - w.length);
      changed = true;
      break;
    }
  }
  return s;
}

function cleanLabel(seg: string): string | null {
  let s = seg.replace(/[\s\u3000]+/g, '');
  s = stripTrailing(stripLeading(s));
  s = s.replace(/^[“‘"「『《（(]+/, '').replace(/[”’"」』》]+$/, '');
  // a table row repeating its cell: 会议出席率 会议出席率 85%
  const half = s.length / 2;
  if (Number.isInteger(half) && half >= 2 && s.slice(0, half) === s.slice(half)) s = s.slice(half);
  if (s.length > MAX_LABEL_CHARS) s = s.slice(s.length - MAX_LABEL_CHARS);
  if (!/[\u4e00-\u9fffA-Za-z]/.test(s)) return null;
  return s;
}

/** The clause fragment right before `start`, bounded by punctuation, a space run or `minStart`. */
function fragmentBefore(text: string, start: number, minStart: number): { from: number; to: number } {
  let to = start;
  while (to > minStart && SPACE.test(text[to - 1]!)) to--;
  let from = to;
  while (from > minStart && !BOUNDARY.has(text[from - 1]!) && !SPACE.test(text[from - 1]!)) from--;
  return { from, to };
}

/**
 * The label of a quantity starting at `start`: the nearest preceding phrase of
 * the same clause, never reaching before `minStart` (the previous quantity).
 * "教育支出：18.30万元" takes the phrase before the colon.
 */
export function labelBefore(text: string, start: number, minStart: number): string | null {
  let { from, to } = fragmentBefore(text, start, minStart);
  if (from === to && to > minStart && COLONS.has(text[to - 1]!)) ({ from, to } = fragmentBefore(text, to - 1, minStart));
  if (from === to) return null;
  return cleanLabel(text.slice(from, to));
}

// ---- canonical keys --------------------------------------------------------

const MEASURES: Record<string, string> = {
  预算数: 'budget.adjusted',
  预算: 'budget.adjusted',
  调整后预算: 'budget.adjusted',
  调整后预算数: 'budget.adjusted',
  年度预算: 'budget.adjusted',
  年度预算数: 'budget.adjusted',
  全年预算: 'budget.adjusted',
  全年预算数: 'budget.adjusted',
  预算安排: 'budget.adjusted',
  下达资金: 'budget.adjusted',
  批复资金: 'budget.adjusted',
  下达: 'budget.adjusted',
  批复: 'budget.adjusted',
  安排资金: 'budget.adjusted',
  年初安排: 'budget.initial',
  年中追加: 'budget.adjustment',
  追加: 'budget.adjustment',
  年中追加预算: 'budget.adjustment',
  追加预算: 'budget.adjustment',
  实际支付: 'execution',
  完成支出: 'execution',
  全年完成支出: 'execution',
  已使用: 'execution',
  使用资金: 'execution',
  支出合计: 'execution',
  全年支出合计: 'execution',
  支出总额: 'execution',
  决算支出: 'execution',
  已拨付: 'execution',
  实际拨付: 'execution',
  累计支出: 'execution',
  全年执行: 'execution',
  实际执行: 'execution',
  拨付率: 'executionRate',
  资金使用率: 'executionRate',
  使用率: 'executionRate',
  支付率: 'executionRate',
  资金支付率: 'executionRate',
  支出进度: 'executionRate',
  资金支出进度: 'executionRate',
  年初预算: 'budget.initial',
  年初预算数: 'budget.initial',
  年初预算安排: 'budget.initial',
  预算调整数: 'budget.adjustment',
  调整数: 'budget.adjustment',
  调整预算: 'budget.adjustment',
  执行数: 'execution',
  全年执行数: 'execution',
  实际支出: 'execution',
  实际支出数: 'execution',
  支出数: 'execution',
  支出: 'execution',
  实际执行数: 'execution',
  决算数: 'execution',
  年度实际支出数: 'execution',
  支出金额: 'execution',
  执行金额: 'execution',
  执行率: 'executionRate',
  完成率: 'executionRate',
  预算完成率: 'executionRate',
  预算执行率: 'executionRate',
  完成预算: 'executionRate',
  完成全年预算: 'executionRate',
  完成年度预算: 'executionRate',
  执行进度: 'executionRate',
  占全年预算: 'executionRate',
  占预算: 'executionRate',
  占年度预算: 'executionRate',
  占调整后预算: 'executionRate',
  调整率: 'adjustmentRate',
  预算调整率: 'adjustmentRate',
  收入: 'income',
  总收入: 'income',
  自评得分: 'selfScore',
  得分: 'selfScore',
  自评分: 'selfScore',
  自评: 'selfScore',
  评分: 'selfScore',
  自评评分: 'selfScore',
  绩效自评: 'selfScore',
  支出绩效自评: 'selfScore',
  绩效得分: 'selfScore',
  支出绩效得分: 'selfScore',
  自评总分: 'selfScore',
  绩效自评得分: 'selfScore',
  自评结果: 'selfScore',
};

/** 功能分类 (类级) names in 政府收支分类科目, without the trailing 支出. */
const FUNCTIONS = [
  '一般公共服务',
  '外交',
  '国防',
  '公共安全',
  '教育',
  '科学技术',
  '文化旅游体育与传媒',
  '文化体育与传媒',
  '社会保障和就业',
  '社会保险基金',
  '卫生健康',
  '医疗卫生与计划生育',
  '节能环保',
  '城乡社区',
  '农林水',
  '交通运输',
  '资源勘探工业信息等',
  '商业服务业等',
  '金融',
  '援助其他地区',
  '自然资源海洋气象等',
  '住房保障',
  '粮油物资储备',
  '灾害防治及应急管理',
  '国有资本经营预算',
  '债务付息',
  '债务发行费用',
  '其他',
];

/** Qualifiers that do not change what a figure is: 全年, 部门整体. 年初 is not one. */
const QUALIFIERS = ['部门整体支出', '单位整体支出', '整体支出', '部门整体', '单位整体', '本年度', '本年', '整体', '部门', '单位', '年度', '全年'];

function stripQualifiers(s: string): string {
  let changed = true;
  while (changed) {
    changed = false;
    for (const q of QUALIFIERS) {
      if (s.startsWith(q) && s.length > q.length && MEASURES[s] === undefined) {
        s = s.slice(q.length);
        changed = true;
      }
    }
  }
  return s;
}

function subjectOf(s: string): { key: string; rest: string } | null {
  if (s.startsWith('基本支出')) return { key: 'byNature.basic', rest: s.slice(4) };
  if (s.startsWith('项目支出')) return { key: 'byNature.project', rest: s.slice(4) };
  for (const f of FUNCTIONS) {
    if (s.startsWith(f + '支出')) return { key: `byFunction:${f}`, rest: s.slice(f.length + 2) };
  }
  return null;
}

/**
 * Canonical key of a label, for matching stated figures: 全年预算数 → 'budget.adjusted',
 * 年初预算 → 'budget.initial', 执行率 → 'executionRate', 基本支出 → 'byNature.basic',
 * 一般公共服务支出 → 'byFunction:一般公共服务', 自评得分 → 'selfScore'. A subject with a
 * measure gives 'subject/measure' (基本支出预算数 → 'byNature.basic/budget.adjusted'); a
 * project's measure gives 'project:name/measure' (文史工作经费全年预算数 →
 * 'project:文史工作经费/budget.adjusted'). Null when the label is not one of these.
 */
export function canonicalLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const s = stripQualifiers(label.replace(/[\s\u3000“”"‘’]+/g, '').replace(/[的为是达]+$/, ''));
  const subject = subjectOf(s);
  if (subject) {
    if (subject.rest === '' || subject.rest === '数' || subject.rest === '金额') return subject.key;
    const m = MEASURES[stripQualifiers(subject.rest)];
    return m ? `${subject.key}/${m}` : null;
  }
  return MEASURES[s] ?? projectMeasure(s) ?? departmentScore(s);
}

const SCORE_END = /(绩效自评得分|自评得分|自评总分|绩效得分|自评分)$/;

/**
 * The department's self-score under its own name (某区政务服务中心部门整体支出绩效自评得分,
 * 某县卫生健康局绩效自评得分): the words before the score name the department or its overall
 * spending, not a project.
 */
function departmentScore(s: string): string | null {
  const m = SCORE_END.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  if (/项目|经费|专项|资金|工程/.test(before)) return null;
  // …部门整体支出绩效 / …整体绩效, or the department's own name (某县卫生健康局, 某区政务服务中心)
  return /((部门|单位)(整体)?|整体)(支出)?(绩效)?$/.test(before) || /(局|委员会|委|办公室|办|中心|院|馆|站|厅|会)(绩效)?$/.test(before) ? 'selfScore' : null;
}

const MEASURE_NAMES = Object.keys(MEASURES).sort((a, b) => b.length - a.length);
/** Endings of a project's name: 文史工作经费, 政协民生平台专项, 党建工委工作经费项目. */
const PROJECT_END = /(经费|项目|专项|工作费|资金|费)$/;

/** "文史工作经费全年预算数" → 'project:文史工作经费/budget.adjusted'. */
function projectMeasure(s: string): string | null {
  for (const m of MEASURE_NAMES) {
    if (m.length < 2 || !s.endsWith(m) || s.length === m.length) continue;
    const name = s.slice(0, s.length - m.length);
    // a bare 经费/资金 is no name (the label was cut by a number inside the name: 征集二期经费)
    if (!PROJECT_END.test(name) || name.length < 3) continue;
    const measure = MEASURES[m]!;
    if (measure === 'income' || measure === 'selfScore') return null;
    return `project:${name}/${measure}`;
  }
  return null;
}
