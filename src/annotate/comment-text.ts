import type { Finding, Location } from '../check/types';

const PREFIX = { error: '【错误】', warning: '【警告】', info: '【提示】' } as const;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}……` : s);

/** Where another place is: its file (when another document), section path and page. */
function placeLabel(loc: Pick<Location, 'path' | 'page' | 'file' | 'title'>): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.title && loc.title !== loc.file ? `${loc.file}（${loc.title}）` : loc.file);
  parts.push(loc.path.length ? loc.path.join(' › ') : '正文开头');
  if (loc.page !== undefined) parts.push(`第${loc.page}页`);
  return parts.join('，');
}

const scalar = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(scalar).filter(Boolean).join('；');
  return typeof v === 'object' ? '' : String(v);
};

/**
 * The paragraphs of a finding's Word comment: severity and message; the evidence (the other
 * place of a repetition with its section and page; the expression, the value as written and the
 * computed one); the fix.
 */
export function commentParagraphs(f: Finding): string[] {
  const out = [`${PREFIX[f.severity]}${f.message}`];
  for (const r of f.related) out.push(`另一处（${placeLabel(r)}）：“${clip(r.quote, 120)}”`);
  const ev = f.evidence ?? {};
  const expr = scalar(ev.expression) || scalar(ev.formula);
  if (expr) out.push(`算式：${expr}`);
  const stated = scalar(ev.stated);
  const computed = scalar(ev.computed);
  const figure = scalar(ev.figure);
  if (stated && computed) out.push(`文中：${stated}；计算：${computed}`);
  else if (stated && figure) out.push(`文中：${stated}；数据文件：${figure}`);
  else if (stated) out.push(`文中：${stated}`);
  const suggestion = scalar(ev.suggestions) || scalar(ev.suggestion);
  if (suggestion) out.push(`建议写法：${suggestion}`);
  if (f.fix) out.push(`修改建议：${f.fix}`);
  return out;
}
