import type { ClaimsTable } from '../core/claims-table';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The 数字清单 of one file for a terminal: a summary line, then one line per number. */
export function formatClaimsText(file: string, table: ClaimsTable): string {
  const s = table.summary;
  const head = `${file}：数字 ${s.total} 个，已核对 ${s.verified} 个，矛盾 ${s.contradicted} 个，未核对 ${s.unchecked} 个`;
  if (table.claims.length === 0) return `${head}\n  未识别到数字。\n`;
  const lines = table.claims.map((c) => {
    const where = c.path.length > 0 ? c.path[c.path.length - 1]! : '正文开头';
    const subject = c.subjectKind === 'unknown' ? '主体无法确定' : `主体 ${c.subject}（${c.subjectReasonLabel}）`;
    const measure = c.measure ? `  指标 ${c.measure}` : '';
    return `  ${String(c.id + 1).padStart(3)}. ${c.quote}  ${subject}${measure}  【${c.statusLabel}】\n       ${clip(where, 24)}：${clip(c.context, 60)}`;
  });
  return [head, ...lines, ''].join('\n');
}
