import type { CheckResult } from '../check/runner';
import type { Finding, Location } from '../check/types';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** Where a place is, for a reader: page, section path, and the file when it is another document. */
function describePlace(loc: Pick<Location, 'path' | 'page' | 'file' | 'title'>): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.title ? `${loc.file}（${loc.title}）` : loc.file);
  if (loc.page !== undefined) parts.push(`第${loc.page}页`);
  parts.push(loc.path.length ? loc.path.join(' › ') : '正文开头');
  return parts.join('，');
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}……` : s);

/** One finding as a few terminal lines: severity, rule, place, message, both quotes, fix. */
function formatFinding(f: Finding): string {
  const lines = [`[${SEVERITY[f.severity]}] ${f.ruleId}  ${describePlace(f)}`, `  ${f.message}`, `  「${clip(f.quote)}」`];
  for (const r of f.related) lines.push(`  ↔ ${describePlace(r)}：「${clip(r.quote)}」`);
  if (f.fix) lines.push(`  修改建议：${f.fix}`);
  return lines.join('\n');
}

/** A checked file's findings and a summary line. */
export function formatCheckText(file: string, result: CheckResult): string {
  const s = result.stats;
  const summary = `${file}：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示` + coverage(s);
  if (result.findings.length === 0) return `${summary}\n  未发现问题。\n`;
  return [summary, '', ...result.findings.map(formatFinding).flatMap((t) => [t, '']), ''].join('\n');
}

function coverage(s: Record<string, unknown>): string {
  const found = s.numbersFound;
  if (typeof found !== 'number') return '';
  const parts = [`数字 ${found} 个`, `参与核对 ${String(s.numbersChecked ?? 0)} 个`];
  if (typeof s.numbersMatchedToFigures === 'number') parts.push(`与源数据比对 ${s.numbersMatchedToFigures} 个`);
  return `；${parts.join('，')}`;
}

/**
 * --against-each-other: the pairs of given reports that share passages, most first — each
 * pair once, counted from the earlier report's side (its findings about the later one).
 */
export function formatReusePairs(reports: ReadonlyArray<{ file: string; result: CheckResult }>): string {
  const index = new Map(reports.map((r, i) => [r.file, i]));
  const pairs: Array<{ a: string; b: string; passages: number; chars: number }> = [];
  for (const [i, r] of reports.entries()) {
    const byPeer = new Map<string, { passages: number; chars: number }>();
    for (const f of r.result.findings) {
      const peer = f.ruleId === 'duplicate/against-reference' ? f.related[0]?.file : undefined;
      if (peer === undefined || (index.get(peer) ?? -1) <= i) continue;
      const p = byPeer.get(peer) ?? { passages: 0, chars: 0 };
      p.passages++;
      p.chars += f.end - f.start;
      byPeer.set(peer, p);
    }
    for (const [peer, p] of byPeer) pairs.push({ a: r.file, b: peer, ...p });
  }
  pairs.sort((x, y) => y.passages - x.passages || y.chars - x.chars);
  const head = `报告之间的重复：${reports.length} 份报告两两比对，${pairs.length} 对有重复段落`;
  if (pairs.length === 0) return `${head}。\n`;
  return [`${head}：`, ...pairs.map((p) => `  ${p.a} ↔ ${p.b}：${p.passages} 处，${p.chars} 字`), ''].join('\n');
}
