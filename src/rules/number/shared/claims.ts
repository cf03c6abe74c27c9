/**
 * Sentences claiming every target was met: 全面完成各项目标, 均达到了预期的绩效目标,
 * 完成了既定的绩效目标, 指标均已完成 — not 全面完成了换届任务 (one task, not the targets).
 */

const CLAIMS = [
  /(?:全面|全部|均|都|圆满)(?:已|已经)?(?:完成|达到|实现|达成)(?:了)?[^，。；！？\n]{0,8}?(?:(?:各项|全部|年度|预期的?|既定的?)[^，。；！？\n]{0,4}?(?:目标|指标|任务)|绩效目标|绩效指标)/g,
  /(?:完成|达到|实现|达成)(?:了)?(?:全部|既定|预期|各项)(?:的)?(?:绩效)?(?:目标|指标)/g,
  /(?:目标|指标)(?:任务)?(?:均|全部|全面)(?:已|已经|得到)?(?:全面|全部|圆满)?(?:完成|达到|实现|达成)/g,
];

export interface Claim {
  start: number;
  end: number;
  text: string;
}

/** Every all-targets-met claim of the text, in order, without overlaps. */
export function allMetClaims(text: string): Claim[] {
  const hits: Claim[] = [];
  for (const re of CLAIMS) for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Claim[] = [];
  for (const h of hits) if (!out.some((o) => h.start < o.end && h.end > o.start)) out.push(h);
  return out;
}
