/**
 * How one finding's evidence is shown: the numeric box (expression,
 * stated vs computed), usage suggestions, and the side-by-side pair view of a repetition
 * with the differing characters marked; plus the dialog that holds them.
 */
import type { Finding, Location } from '../../check/types';
import { esc, targetOf } from './core';
import { familyOf, ruleDescription, ruleLabel, severityLabel } from './labels';
import { pairSides, sameDocument, type Side } from './marks';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a finding's evidence differs by rule; read field by field
type Evidence = Record<string, any>;

const LABELS: Record<string, string> = {
  formula: '公式',
  rounded: '按文中精度',
  difference: '相差',
  claim: '文中说法',
  rate: '预算执行率（%）',
  field: '数据字段',
  score: '自评得分',
  statedRating: '文中等级',
  expectedRating: '按得分应为',
  band: '分数区间',
  components: '分项',
  numerator: '分子',
  denominator: '分母',
  name: '名称',
  otherName: '另一名称',
  other: '另一处数值',
  statedUnit: '此处单位',
  otherUnit: '另一处单位',
  target: '目标值',
  actual: '实际完成值',
  shortfalls: '未达标情况',
  totalQuote: '合计原文',
  whole: '总数',
  before: '前置概数词',
  after: '后置概数词',
  suggestions: '建议写法',
  suggestion: '建议写法',
  unit: '单位',
  value: '数值',
  earlier: '前文数值',
  withSeparators: '带千分位的数字',
  withoutSeparators: '不带千分位的数字',
  altExpression: '按年初预算数计算',
};
const SHOWN_ABOVE = new Set(['expression', 'stated', 'computed', 'figure', 'diff', 'kind', 'similarity', 'containment', 'length', 'occurrences', 'digitsDiffer']);

function scalarText(v: unknown): string {
  if (v == null || v === '') return '';
  if (Array.isArray(v)) return v.map(scalarText).filter(Boolean).join('；');
  if (typeof v === 'object') return '';
  return String(v);
}

/** "二、综合评价分析 › （一）自评结论综述 · 第4页", with the file for other documents. */
export function placeText(loc: Pick<Location, 'file' | 'documentId' | 'title' | 'path' | 'page'>): string {
  const parts: string[] = [];
  if (!sameDocument(loc)) parts.push((loc.title || loc.file || '其他报告') + (loc.file && loc.title && loc.file !== loc.title ? '（' + loc.file + '）' : ''));
  if (loc.path && loc.path.length) parts.push(loc.path.join(' › '));
  if (loc.page) parts.push('第' + loc.page + '页');
  return parts.join(' · ') || '（位置不详）';
}

/** Expression, stated vs computed, and the other evidence of a numeric or usage finding. */
export function calcHtml(f: Pick<Finding, 'evidence'>): string {
  const ev: Evidence = f.evidence || {};
  let html = '';
  const expr = ev.expression || ev.formula;
  if (expr) html += '<div class="expr"><span class="sr-only">算式：</span>' + esc(expr) + '</div>';
  const stated = scalarText(ev.stated);
  const other = ev.computed != null ? { v: ev.computed, l: '按算式计算' } : ev.figure != null ? { v: ev.figure, l: '数据文件中' } : null;
  if (stated && other) {
    html += '<div class="vs"><div class="stated"><b>' + esc(stated) + '</b><span>文中写的</span></div>' + '<div class="computed"><b>' + esc(scalarText(other.v)) + '</b><span>' + other.l + '</span></div></div>';
  }
  const rows: Array<[string, string]> = [];
  if (stated && !other) rows.push(['文中数值', stated]);
  for (const key of Object.keys(ev)) {
    if (SHOWN_ABOVE.has(key) || !(key in LABELS) || (key === 'formula' && !ev.expression)) continue;
    const t = key === 'components' ? (ev.components || []).join(' + ') : scalarText(ev[key]);
    if (t) rows.push([LABELS[key]!, t]);
  }
  if (rows.length) html += '<dl>' + rows.map((r) => '<dt>' + esc(r[0]) + '</dt><dd>' + esc(r[1]) + '</dd>').join('') + '</dl>';
  return html ? '<div class="calc">' + html + '</div>' : '';
}

function sideHtml(parts: Side[], tag: string) {
  return parts.map((p) => (p.changed ? '<' + tag + '>' + esc(p.text) + '</' + tag + '>' : esc(p.text))).join('');
}

/** Both copies of a repetition side by side, differences marked (here: orange, other: blue). */
function pairHtml(f: Finding, locateLabel?: string): string {
  const ev: Evidence = f.evidence || {};
  const rel = (f.related || []).filter((r) => typeof r.quote === 'string');
  if (!rel.length) return '';
  let html = '';
  const pct = typeof ev.similarity === 'number' ? Math.round(ev.similarity * 100) + '%' : '';
  const kind = ({ exact: '完全相同', near: '基本相同', partial: '部分相同' } as Record<string, string>)[ev.kind] || '';
  html +=
    '<div class="pair-meta">' +
    (kind ? '<span>' + kind + '</span>' : '') +
    (pct ? '<span>相似度 ' + pct + '</span>' : '') +
    (ev.length ? '<span>' + ev.length + ' 字</span>' : '') +
    (ev.occurrences > 2 ? '<span>共出现 ' + ev.occurrences + ' 次</span>' : '') +
    (ev.digitsDiffer ? '<span class="badge warning">文字相同、数字不同</span>' : '') +
    '</div>';
  rel.forEach((r, k) => {
    const sides = pairSides(k === 0 ? ev.diff : null, f.quote, r.quote);
    const same = sides.changes === 0;
    const otherTag = sameDocument(r) ? '另一处' : '参照';
    html +=
      '<div class="pair" data-pair="' +
      k +
      '">' +
      '<section class="side here" aria-label="此处"><h3><span class="tag">此处</span>' +
      esc(placeText(f)) +
      '</h3>' +
      '<div class="txt">' +
      sideHtml(sides.here, 'ins') +
      '</div></section>' +
      '<section class="side other" aria-label="' +
      otherTag +
      '"><h3><span class="tag">' +
      otherTag +
      '</span>' +
      esc(placeText(r)) +
      '</h3>' +
      '<div class="txt">' +
      sideHtml(sides.other, 'del') +
      '</div>' +
      (sameDocument(r) && locateLabel ? '<div class="foot"><button type="button" class="btn small" data-locate-rel="' + k + '">' + esc(locateLabel) + '</button></div>' : '') +
      '</section></div>' +
      '<p class="small muted">' +
      (same
        ? '两处文字完全相同。'
        : '标色的是两处不同的文字：<ins style="text-decoration:none;background:#ffd8a8">此处多出或改动的</ins>，<del style="text-decoration:none;background:#d0ebff">另一处多出或改动的</del>。') +
      '</p>';
  });
  return html;
}

/** Everything about one finding, for the dialog. */
function detailBodyHtml(f: Finding): string {
  const fam = familyOf(f.ruleId);
  let html = '<p class="msg">' + esc(f.message) + '</p>';
  if (fam === 'duplicate') html += pairHtml(f, '在报告中定位另一处');
  else {
    html += '<div class="pair-meta"><span>位置：' + esc(placeText(f)) + '</span></div>';
    html += '<blockquote class="calc" style="margin:8px 0;padding:6px 10px;font-family:var(--doc);font-size:15px">' + esc(f.quote) + '</blockquote>';
    html += calcHtml(f);
    const rel = f.related || [];
    if (rel.length) {
      html +=
        '<p style="margin:8px 0 2px"><b>相关位置</b></p><ul class="related-list">' +
        rel
          .map(
            (r, k) =>
              '<li>“' +
              esc(String(r.quote || '').slice(0, 60)) +
              '”　<span class="muted small">' +
              esc(placeText(r)) +
              '</span>' +
              (sameDocument(r) ? ' <button type="button" class="btn small link" data-locate-rel="' + k + '">定位</button>' : '') +
              '</li>',
          )
          .join('') +
        '</ul>';
    }
  }
  if (f.fix) html += '<p class="fix"><b>修改建议：</b>' + esc(f.fix) + '</p>';
  return html;
}

/**
 * Opens (or refreshes) the dialog for findings[list[pos]]. ctx: { findings, list, pos,
 * onMove(newPos), onLocate(findingIndex, relatedIndex) }.
 */
interface DetailContext {
  findings: Finding[];
  list: number[];
  pos: number;
  onMove(pos: number): void;
  onLocate(finding: number, related: number): void;
}

export function openDetail(dialog: HTMLDialogElement, ctx: DetailContext) {
  const render = () => {
    const f = ctx.findings[ctx.list[ctx.pos]!]!;
    dialog.innerHTML =
      '<div class="dhead"><span class="badge ' +
      esc(f.severity) +
      '">' +
      esc(severityLabel(f.severity)) +
      '</span>' +
      '<h2 id="detail-title" title="' +
      esc(ruleDescription(f.ruleId)) +
      '">' +
      esc(ruleLabel(f.ruleId)) +
      '</h2>' +
      '<div class="nav"><span class="muted small">第 ' +
      (ctx.pos + 1) +
      ' / ' +
      ctx.list.length +
      ' 条</span>' +
      '<button type="button" class="btn small" data-move="-1" aria-label="上一条问题（K）"' +
      (ctx.pos === 0 ? ' disabled' : '') +
      '>上一条</button>' +
      '<button type="button" class="btn small" data-move="1" aria-label="下一条问题（J）"' +
      (ctx.pos >= ctx.list.length - 1 ? ' disabled' : '') +
      '>下一条</button>' +
      '<button type="button" class="btn small" data-close>关闭（Esc）</button></div></div>' +
      '<div class="dbody">' +
      detailBodyHtml(f) +
      '</div>';
  };
  const move = (d: number) => {
    const p = ctx.pos + d;
    if (p < 0 || p >= ctx.list.length) return;
    ctx.pos = p;
    ctx.onMove(p);
    render();
    const b = dialog.querySelector<HTMLElement>('[data-move="' + d + '"]:not([disabled])') || dialog.querySelector<HTMLElement>('[data-close]');
    b?.focus();
  };
  dialog.onclick = (e) => {
    if (e.target === dialog) {
      dialog.close();
      return;
    }
    const t = targetOf(e).closest('button');
    if (!t) return;
    if (t.hasAttribute('data-close')) dialog.close();
    else if (t.dataset.move) move(Number(t.dataset.move));
    else if (t.dataset.locateRel) {
      dialog.close();
      ctx.onLocate(ctx.list[ctx.pos]!, Number(t.dataset.locateRel));
    }
  };
  dialog.onkeydown = (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // j/k or ←/→ move between findings; ↑/↓ keep scrolling the dialog.
    if (e.key === 'j' || e.key === 'ArrowRight') {
      e.preventDefault();
      move(1);
    } else if (e.key === 'k' || e.key === 'ArrowLeft') {
      e.preventDefault();
      move(-1);
    }
  };
  dialog.setAttribute('aria-labelledby', 'detail-title');
  render();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLElement>('[data-close]')?.focus();
}
