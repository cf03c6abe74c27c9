/**
 * Numbers that are names, not quantities: political set phrases (四个意识, 两个维护),
 * plan and congress names (十四五, 二十大), session ordinals (十一届一次会议).
 */

/** Curated set phrases that start with a numeral; never quantities. */
export const SET_PHRASES = [
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '四个全面',
  '四个出新出彩',
  '七个一',
  '三个代表',
  '八项规定',
  '两个一百年',
  '两个大局',
  '两个务必',
  '三个务必',
  '两个毫不动摇',
  '四个服务',
  '两个结合',
  '四个伟大',
  '四项基本原则',
  '两个责任',
  '三支一扶',
  '四套班子',
  '五位一体',
  '三严三实',
  '三会一课',
  '两学一做',
  '三重一大',
  '一岗双责',
  '六稳六保',
  '六稳',
  '六保',
  '十四五',
  '十三五',
  '十二五',
  '十五五',
  '三个转变',
  '四个走在全国前列',
  '五个一工程',
  '三元里',
  '两支队伍',
  '两代表一委员',
  '三大攻坚战',
  '四风',
  '十六字方针',
  '十字方针',
  '三项工程',
];

/** What follows "N个"/"N项" in a set phrase: 四个意识, 两个维护, 四个出新出彩. */
const SET_SUFFIXES = [
  '意识',
  '自信',
  '维护',
  '确立',
  '全面',
  '出新出彩',
  '代表',
  '务必',
  '大局',
  '结合',
  '服务',
  '伟大',
  '坚持',
  '毫不动摇',
  '规定',
  '基本原则',
  '责任',
  '转变',
  '走在',
  '一流',
  '必须',
  '没有变',
  '字方针',
];

const OPEN_QUOTES = '“‘"「『';
const CLOSE_QUOTES = '”’"」』';

/** Length of a curated set phrase starting at `pos`, or 0. */
export function setPhraseAt(text: string, pos: number): number {
  for (const p of SET_PHRASES) if (text.startsWith(p, pos)) return p.length;
  return 0;
}

/** A set-phrase suffix starts at `pos` (right after the classifier). */
export function setSuffixAt(text: string, pos: number): boolean {
  return SET_SUFFIXES.some((s) => text.startsWith(s, pos));
}

/**
 * A short quoted name starting with a numeral: “两支队伍”, “七个一”. True when the
 * character before `start` opens a quote that closes within a few characters after `end`.
 */
export function isQuotedName(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  if (open === undefined || !OPEN_QUOTES.includes(open)) return false;
  for (let k = end; k < Math.min(text.length, end + 8); k++) {
    const ch = text[k]!;
    if (CLOSE_QUOTES.includes(ch)) return true;
    if ('，。；、\n'.includes(ch)) return false;
  }
  return false;
}

/** Examples of numbers that are not quantities, used by tests. */
export const NOT_QUANTITIES = [
  '十一届一次会议',
  '十五届六次',
  '十九届六中全会',
  '二十大',
  '十九大',
  '一是',
  '二是',
  '第三',
  '一办六委',
  '十四五规划',
  '四届二十三次常委会',
  '五届一次全会',
  '第十届',
  '第二派驻纪检监察组',
  '一府一委两院',
  '一国两制',
  '一站式',
  '一轴四带',
  '七个一',
  '三支一扶',
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '“两支队伍”',
  '十六字方针',
  '五年一次',
  '十分重视',
  '一批',
  '进一步',
  '统一',
  '一、',
  '（一）',
  '（三）',
  '访千家进万户',
  '百部微党课',
  '全市第一',
  '“四个出新出彩”',
  '“一单位一特色，一支部一品牌”',
  '三线',
  '七一',
  '两大主题',
  '全省前十',
];
