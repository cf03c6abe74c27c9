/** Problems of register the drafter looks for in every paragraph it writes. */
type RegisterCode = 'english-punctuation' | 'exclamation' | 'colloquial' | 'first-person' | 'second-person' | 'english';

export interface RegisterIssue {
  code: RegisterCode;
  start: number;
  end: number;
  quote: string;
}

export const REGISTER_LABELS: Record<RegisterCode, string> = {
  'english-punctuation': '中文中使用了英文标点',
  exclamation: '使用了感叹号',
  colloquial: '使用了口语化词语',
  'first-person': '使用了第一人称单数“我”',
  'second-person': '使用了第二人称',
  english: '出现了英文',
};

const HAN = '\\u3400-\\u9fff';
const PATTERNS: ReadonlyArray<[RegisterCode, RegExp]> = [
  // ASCII , ; : ? ( ) " next to a Chinese character; a full stop not inside a number or a Latin word
  ['english-punctuation', new RegExp(`(?<=[${HAN}])[,;:?()"]|[,;:?()"](?=[${HAN}])|(?<![0-9A-Za-z.])\\.(?![0-9A-Za-z])`, 'g')],
  ['exclamation', /[!！]/g],
  [
    'colloquial',
    /咱们|咱|啥|蛮好|挺好|挺多|挺不错|特别棒|超级|非常非常|搞定|搞了|弄好|弄了|没啥|反正|(?<!副)其实|好像|大概|有点儿?|一下子|(?<!认)真的|太棒|给力|靠谱|老百姓|干活|[吧呢啊哦嘛呀](?=[，。！？]|$)/g,
  ],
  // 我 alone; 我部门/我单位/我局/我委/我会, 我们, 我国/我省/我市/我区/我县 and 自我 are the official forms
  ['first-person', /(?<!自)我(?![们部单局委会国省市区县镇院厅办校司处])/g],
  ['second-person', /[你您]/g],
];

const LATIN_WORD = /[A-Za-z][A-Za-z'-]*/g;

/**
 * Register problems of one text. Latin words that occur in the request's own data (APP,
 * mRNA) are allowed; any other Latin word counts as English.
 */
export function registerIssues(text: string, allowedLatin: ReadonlySet<string> = new Set()): RegisterIssue[] {
  const out: RegisterIssue[] = [];
  for (const [code, re] of PATTERNS) {
    for (const m of text.matchAll(re)) out.push({ code, start: m.index, end: m.index + m[0].length, quote: m[0] });
  }
  for (const m of text.matchAll(LATIN_WORD)) {
    if (!allowedLatin.has(m[0].toLowerCase())) out.push({ code: 'english', start: m.index, end: m.index + m[0].length, quote: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The Latin words of the request's strings, lower-cased: these may appear in the draft. */
export function latinWordsOf(strings: readonly string[]): Set<string> {
  return new Set(strings.flatMap((s) => [...s.matchAll(LATIN_WORD)].map((m) => m[0].toLowerCase())));
}
