import { z } from 'zod';
import { chineseIssue } from './zod-messages';

/**
 * An amount kept exact: a decimal string ("3,363.37" or "3363.37") or a JSON
 * number, normalized to a plain decimal string without separators. Numbers
 * are converted with String(), which gives back the shortest decimal that
 * round-trips — the digits as written in the JSON file.
 */
export const Amount = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const s = (typeof v === 'number' ? String(v) : v).trim().replace(/[,，]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: `应为数字金额，例如 3363.37（收到：${String(v).slice(0, 40)}）` });
      return z.NEVER;
    }
    return s;
  })
  .describe('金额：十进制字符串或数字，按原样精确保存');

/** A target or actual value of an indicator as stated: "5批", "95%以上", 100. */
const Stated = z.union([z.string().min(1), z.number()]).transform((v) => String(v));

export const Rating = z.enum(['优', '良', '中', '差']);

export const Figures = z
  .object({
    department: z.string().min(1).optional().describe('部门名称'),
    year: z.number().int().min(1990).max(2100).optional().describe('年度'),
    unit: z.enum(['万元', '元', '亿元']).default('万元').describe('金额单位'),
    budget: z
      .object({
        initial: Amount.optional().describe('年初预算数'),
        adjusted: Amount.describe('调整后预算数（全年预算数）'),
      })
      .describe('预算'),
    execution: Amount.describe('全年执行数（实际支出）'),
    byFunction: z
      .array(z.object({ name: z.string().min(1).describe('功能分类名称'), amount: Amount.describe('金额') }))
      .default([])
      .describe('支出按功能分类'),
    byNature: z
      .object({ basic: Amount.describe('基本支出'), project: Amount.describe('项目支出') })
      .optional()
      .describe('支出按性质分类'),
    projects: z
      .array(
        z.object({
          name: z.string().min(1).describe('项目名称'),
          budget: Amount.describe('项目预算数'),
          executed: Amount.describe('项目执行数'),
        }),
      )
      .default([])
      .describe('重点项目'),
    indicators: z
      .array(
        z.object({
          task: z.string().optional().describe('所属任务'),
          name: z.string().min(1).describe('指标名称'),
          target: Stated.describe('目标值（年度指标值）'),
          actual: Stated.optional().describe('实际完成值'),
          direction: z.enum(['higher', 'lower']).optional().describe('哪个方向更好：higher 越高越好，lower 越低越好；不填时按目标值的写法（以上/以下）和指标名称判断'),
        }),
      )
      .default([])
      .describe('绩效指标'),
    selfScore: Amount.optional().describe('自评得分'),
    rating: Rating.optional().describe('自评等级'),
  })
  .strict()
  .describe('部门整体支出的结构化数据');
export type Figures = z.output<typeof Figures>;
export type FiguresInput = z.input<typeof Figures>;

/** Chinese names of the fields, for error messages. */
const FIELD_NAMES: Record<string, string> = {
  department: '部门名称',
  year: '年度',
  unit: '金额单位',
  budget: '预算',
  initial: '年初预算数',
  adjusted: '调整后预算数',
  execution: '全年执行数',
  byFunction: '支出按功能分类',
  byNature: '支出按性质分类',
  basic: '基本支出',
  project: '项目支出',
  projects: '重点项目',
  indicators: '绩效指标',
  task: '所属任务',
  name: '名称',
  amount: '金额',
  executed: '执行数',
  target: '目标值',
  actual: '实际完成值',
  direction: '指标方向',
  selfScore: '自评得分',
  rating: '自评等级',
};

/** "projects.2.budget" → "重点项目第3项的项目预算数"-style Chinese path. */
export function chineseFieldPath(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') parts.push(`第${key + 1}项`);
    else {
      const name = key === 'budget' && typeof path[i - 1] === 'number' ? '项目预算数' : (FIELD_NAMES[String(key)] ?? String(key));
      parts.push((parts.length > 0 ? '的' : '') + name);
    }
  });
  return parts.join('') || '数据';
}

export interface FieldProblem {
  path: string;
  field: string;
  message: string;
}

/** Validates figures; returns them normalized, or the problems per field in Chinese. */
export function parseFigures(input: unknown): { ok: true; figures: Figures } | { ok: false; problems: FieldProblem[] } {
  const r = Figures.safeParse(input, { reportInput: true }); // with the input, a wrong type is told apart from a missing field
  if (r.success) return { ok: true, figures: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      field: chineseFieldPath(issue.path),
      message: chineseIssue(issue),
    })),
  };
}

/** The figures schema as JSON Schema, for other tools and the docs. */
export function figuresJsonSchema(): unknown {
  return z.toJSONSchema(Figures, { io: 'input', unrepresentable: 'any' });
}
