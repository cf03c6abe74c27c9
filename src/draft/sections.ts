/** The report sections the drafter writes, their titles and where they sit in the report. */
export const SECTION_KINDS = ['income', 'conclusion', 'indicators', 'projects', 'achievements', 'problems', 'measures'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const SECTION_TITLES: Record<SectionKind, string> = {
  income: '部门整体收支情况',
  conclusion: '自评结论综述',
  indicators: '各项工作任务绩效目标完成情况分析',
  projects: '各重点任务项目支出完成情况分析',
  achievements: '主要工作成效',
  problems: '存在的主要问题',
  measures: '下一步改进措施',
};

/** Chinese names accepted for a section in a request, besides the English kind. */
export const SECTION_ALIASES: Record<string, SectionKind> = {
  部门整体收支情况: 'income',
  收支情况: 'income',
  自评结论综述: 'conclusion',
  自评结论: 'conclusion',
  各项工作任务绩效目标完成情况: 'indicators',
  各项工作任务绩效目标完成情况分析: 'indicators',
  各重点任务项目支出完成情况: 'projects',
  各重点任务项目支出完成情况分析: 'projects',
  主要工作成效: 'achievements',
  存在的主要问题: 'problems',
  存在问题: 'problems',
  下一步改进措施: 'measures',
  改进措施: 'measures',
};

/** Level-1 parts of the common template, each holding some sections. */
const PARTS: ReadonlyArray<{ title?: string; kinds: readonly SectionKind[] }> = [
  { title: '基本情况', kinds: ['income'] },
  { title: '综合评价分析', kinds: ['conclusion', 'indicators', 'projects', 'achievements'] },
  { kinds: ['problems'] },
  { kinds: ['measures'] },
];

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A Chinese ordinal for 1…99 (一, 十, 十二, 二十三). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens - 1]}十${ones === 0 ? '' : CN[ones - 1]}`;
}

interface OutlineHeading {
  level: 1 | 2;
  heading: string;
  /** The section drafted under this heading (absent for a part heading like 一、基本情况). */
  kind?: SectionKind;
}

/** Numbered headings for the drafted sections in report order: 一、基本情况 → （一）部门整体收支情况 … */
export function outline(kinds: readonly SectionKind[]): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  let part = 0;
  for (const p of PARTS) {
    const present = p.kinds.filter((k) => kinds.includes(k));
    if (present.length === 0) continue;
    part++;
    if (p.title === undefined) {
      out.push({ level: 1, heading: `${chineseOrdinal(part)}、${SECTION_TITLES[present[0]!]}`, kind: present[0]! });
      continue;
    }
    out.push({ level: 1, heading: `${chineseOrdinal(part)}、${p.title}` });
    present.forEach((k, i) => out.push({ level: 2, heading: `（${chineseOrdinal(i + 1)}）${SECTION_TITLES[k]}`, kind: k }));
  }
  return out;
}

/** Sections in report order. */
export function inReportOrder(kinds: readonly SectionKind[]): SectionKind[] {
  return SECTION_KINDS.filter((k) => kinds.includes(k));
}
