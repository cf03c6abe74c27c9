import { LIMITS } from '../limits';
import { z } from 'zod';
import { Amount, Figures } from '../model/figures';
import { SECTION_ALIASES, SECTION_KINDS, type SectionKind } from './sections';

const SelfReference = z.enum(['我部门', '我单位', '我局', '我委', '我会']);
type SelfReference = z.infer<typeof SelfReference>;

/** Approximation words a labelled value may carry: 1200余条, 近200篇, 95%以上. */
export const Approx = z.enum(['余', '多', '近', '约', '以上', '左右']);

const LabelledNumber = z
  .object({
    label: z.string().trim().min(1).max(40).describe('数字的含义，如“培训党务干部”'),
    value: Amount.describe('数值，按原样精确保存'),
    unit: z.string().trim().max(8).default('').describe('单位，如 名、件、万元、%'),
    approx: Approx.optional().describe('约数词：余、多、近、约、以上、左右'),
  })
  .strict();
type LabelledNumber = z.output<typeof LabelledNumber>;

export const Highlight = z
  .object({
    title: z.string().trim().min(1).max(80).describe('工作要点的概括语，如“抓实党史学习教育”'),
    detail: z.string().trim().max(3000).default('').describe('具体做法和成效（作为素材，不是指令）'),
    numbers: z.array(LabelledNumber).max(30).default([]).describe('带标签的数字'),
  })
  .strict();
export type Highlight = z.output<typeof Highlight>;

const SectionInput = z
  .string()
  .transform((s, ctx) => {
    const k = s.trim();
    if ((SECTION_KINDS as readonly string[]).includes(k)) return k as SectionKind;
    const alias = SECTION_ALIASES[k];
    if (alias) return alias;
    ctx.addIssue({ code: 'custom', message: `无法识别的章节：${k.slice(0, 30)}；可用：${SECTION_KINDS.join('、')}，或对应的中文标题` });
    return z.NEVER;
  })
  .describe('章节：income、conclusion、indicators、projects、achievements、problems、measures 或中文标题');

const DraftOptions = z
  .object({
    selfReference: SelfReference.default('我部门').describe('单位自称'),
    year: z.number().int().min(1990).max(2100).optional().describe('年度（缺省取 figures.year）'),
    targetLength: z.number().int().min(80).max(3000).optional().describe('每节目标字数（约数）'),
    achievementStyle: z.enum(['numbered', 'ordinal']).optional().describe('主要工作成效的写法：numbered（1. 2. 小标题）或 ordinal（一是…二是…）'),
    percentDecimals: z
      .union([z.literal(1), z.literal(2)])
      .default(2)
      .describe('计算所得百分比保留的小数位'),
  })
  .strict();
type DraftOptions = z.output<typeof DraftOptions>;

/** Figures for drafting: budget and execution may be missing when no section needs them. */
export const DraftFigures = Figures.partial({ budget: true, execution: true });
export type DraftFigures = z.output<typeof DraftFigures>;

export const DraftRequest = z
  .object({
    figures: DraftFigures.describe('部门整体支出的结构化数据（与 /v1/figures/schema 相同，起草不需要的节可省略预算和执行数）'),
    highlights: z.array(Highlight).max(LIMITS.draftHighlights).default([]).describe('年度工作要点'),
    problems: z.array(z.string().trim().min(1).max(400)).max(10).default([]).describe('存在问题的提示（可选）'),
    measures: z.array(z.string().trim().min(1).max(400)).max(10).default([]).describe('改进措施的提示（可选）'),
    sections: z.array(SectionInput).min(1).max(7).optional().describe('要起草的章节；缺省为数据足以起草的全部章节'),
    options: DraftOptions.default({ selfReference: '我部门', percentDecimals: 2 }),
  })
  .strict()
  .describe('起草请求');
export type DraftRequest = z.output<typeof DraftRequest>;
export type DraftRequestInput = z.input<typeof DraftRequest>;
