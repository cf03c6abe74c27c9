import type { z } from 'zod';
import { chineseFieldPath, type FieldProblem } from '../model/figures';
import { DraftRequest } from './request';
import { inReportOrder, SECTION_KINDS, SECTION_TITLES, type SectionKind } from './sections';

const FIELD_NAMES: Record<string, string> = {
  figures: '数据（figures）',
  highlights: '工作要点（highlights）',
  problems: '问题提示（problems）',
  measures: '措施提示（measures）',
  sections: '章节（sections）',
  options: '选项（options）',
  title: '概括语',
  detail: '具体内容',
  numbers: '数字',
  label: '标签',
  value: '数值',
  unit: '单位',
  approx: '约数词',
  selfReference: '单位自称',
  year: '年度',
  targetLength: '每节目标字数',
  achievementStyle: '成效写法',
  percentDecimals: '百分比小数位',
};

/** "highlights.1.numbers.0.value" → "工作要点（highlights）第2项的数字第1项的数值"; figures paths use the figures names. */
export function draftFieldPath(path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === 'figures' && path.length > 1) return `数据（figures）中${chineseFieldPath(path.slice(1))}`;
  return path
    .map((key, i) => (typeof key === 'number' ? `第${key + 1}项` : (i > 0 ? '的' : '') + (FIELD_NAMES[String(key)] ?? String(key))))
    .join('') || '请求';
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不对：应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      return issue.input === undefined ? '缺少此项' : '取值不对：应为数字（如 3363.37）或文字';
    case 'invalid_value':
      return `取值不对：只能是 ${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `有无法识别的字段：${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${String(issue.maximum)} 个字` : issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    default:
      return '格式不正确';
  }
}

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', object: '对象（{…}）', array: '列表（[…]）', boolean: '是/否' };

/** What each section needs from the request, as a check returning the missing field (or null). */
const NEEDS: Record<SectionKind, (r: DraftRequest) => FieldProblem | null> = {
  income: (r) =>
    r.figures.budget && r.figures.execution !== undefined
      ? null
      : { path: r.figures.budget ? 'figures.execution' : 'figures.budget.adjusted', field: r.figures.budget ? '全年执行数' : '调整后预算数', message: '' },
  conclusion: (r) => (r.figures.selfScore !== undefined ? null : { path: 'figures.selfScore', field: '自评得分', message: '' }),
  indicators: (r) => (r.figures.indicators.length > 0 ? null : { path: 'figures.indicators', field: '绩效指标', message: '' }),
  projects: (r) => (r.figures.projects.length > 0 ? null : { path: 'figures.projects', field: '重点项目', message: '' }),
  achievements: (r) => (r.highlights.length > 0 ? null : { path: 'highlights', field: '工作要点', message: '' }),
  problems: () => null,
  measures: () => null,
};

export type DraftValidation =
  | { ok: true; request: DraftRequest; sections: SectionKind[]; skipped: SectionKind[] }
  | { ok: false; problems: FieldProblem[] };

/**
 * Validates a draft request: the schema, then the data each requested section needs.
 * Without `sections`, every section the data allows is drafted and the others are listed as skipped.
 */
export function validateDraftRequest(input: unknown): DraftValidation {
  const r = DraftRequest.safeParse(input);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), field: draftFieldPath(issue.path), message: issueMessage(issue) })),
    };
  }
  const request = r.data;
  const wanted = inReportOrder(request.sections ?? SECTION_KINDS);
  const missing = wanted.map((k) => [k, NEEDS[k](request)] as const).filter(([, p]) => p !== null);
  if (request.sections !== undefined && missing.length > 0) {
    return {
      ok: false,
      problems: missing.map(([k, p]) => ({ path: p!.path, field: p!.field, message: `起草“${SECTION_TITLES[k]}”需要${p!.field}（${p!.path}），请求中没有提供` })),
    };
  }
  const skipped = missing.map(([k]) => k);
  const sections = wanted.filter((k) => !skipped.includes(k));
  if (sections.length === 0) return { ok: false, problems: [{ path: 'sections', field: '章节（sections）', message: '数据不足以起草任何章节' }] };
  return { ok: true, request, sections, skipped };
}
