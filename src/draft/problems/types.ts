/** What a problem is about; hints are matched to derived problems by topic. */
export type ProblemTopic = 'overspend' | 'execution' | 'adjustment' | 'indicator' | 'project' | 'quantify' | 'actuals' | 'other';

/** A problem of the year, derived from the figures or given as a hint, with the measure that answers it. */
export interface Problem {
  id: string;
  topic: ProblemTopic;
  /** Ranking weight: larger is more serious. */
  weight: number;
  /** Four-to-twelve-character summary (预算执行进度偏慢). */
  short: string;
  /** The evidence, with {fact_id} references, after the summary. */
  evidence: string;
  /** The measure answering it: summary and body, with {fact_id} references. */
  measureShort: string;
  measure: string;
  /** Fact ids the problem and the measure state. */
  facts: string[];
  /** User hints merged into this problem (problems) and its measure (measures). */
  hints: string[];
  measureHints: string[];
  /** True when derived from the figures rather than given as a hint. */
  derived: boolean;
}

/** Keywords that place a user's hint under a topic; the first match wins. */
const TOPIC_PATTERNS: ReadonlyArray<[ProblemTopic, RegExp]> = [
  ['project', /项目.{0,6}(执行|进度|支出|资金)/],
  ['overspend', /超支|超预算|超出预算/],
  ['adjustment', /调整|追加|调增|调减|控制率|预算编制|编制.{0,6}预算|编制.{0,4}(精准|准确|科学)/],
  ['execution', /执行率|执行进度|支出进度|预算执行|执行预算|用款|计划性|结余|结转/],
  ['indicator', /未达|未完成|没有完成|未实现/],
  ['quantify', /量化|细化|可衡量|可考核|指标体系|指标设置|目标设置|绩效目标|绩效指标/],
  ['actuals', /佐证|台账|数据支撑|完成值|记录/],
];

/** Every topic a hint touches, most specific first; 'other' when none. */
export function topicsOf(text: string): ProblemTopic[] {
  const found = TOPIC_PATTERNS.filter(([, re]) => re.test(text)).map(([t]) => t);
  return found.length > 0 ? found : ['other'];
}
