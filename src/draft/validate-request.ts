import { chineseFieldPath, type FieldProblem } from '../model/figures';
import { DraftRequest } from './request';
import { inReportOrder, SECTION_KINDS, SECTION_TITLES, type SectionKind } from './sections';
import { chineseIssue } from '../model/zod-messages';

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
function draftFieldPath(path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === 'figures' && path.length > 1) return `数据（figures）中${chineseFieldPath(path.slice(1))}`;
  return path.map((key, i) => (typeof key === 'number' ? `第${key + 1}项` : (i > 0 ? '的' : '') + (FIELD_NAMES[String(key)] ?? String(key)))).join('') || '请求';
}

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

type DraftValidation = { ok: true; request: DraftRequest; sections: SectionKind[]; skipped: SectionKind[] } | { ok: false; problems: FieldProblem[] };

/**
 * Validates a draft request: the schema, then the data each requested section needs.
 * Without `sections`, every section the data allows is drafted and the others are listed as skipped.
 */
export function validateDraftRequest(input: unknown): DraftValidation {
  const r = DraftRequest.safeParse(input, { reportInput: true }); // with the input, a wrong type is told apart from a missing field
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), field: draftFieldPath(issue.path), message: chineseIssue(issue) })),
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
