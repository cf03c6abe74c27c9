/**
 * /assets/figures-form.js — the figures part of the draft form: table-like inputs for the
 * breakdowns, projects and indicators, live sums and rates (exact decimals) with a plain
 * Chinese line under each block, and reading/writing the figures JSON (src/model/figures.ts).
 */
export const FIGURES_FORM_JS = String.raw`
import { $, esc, qsa } from './core.js';
import { cmp, decFmt, indicatorStatus, parseDec, percent, ratingFor, sub, sum } from './decimal.js';

const TABLES = {
  function: { cols: [['name', '功能分类名称', 'text'], ['amount', '金额', 'amount']], calc: 1 },
  projects: { cols: [['name', '项目名称', 'text'], ['budget', '预算数', 'amount'], ['executed', '执行数', 'amount']], calc: 1 },
  indicators: { cols: [['task', '所属任务', 'text'], ['name', '指标名称', 'text'], ['target', '目标值', 'text'], ['actual', '实际完成值', 'text']], calc: 1 },
};

let onChange = () => {};

export function initFiguresForm(changed) {
  onChange = changed || onChange;
  for (const b of qsa('[data-add]')) b.addEventListener('click', () => { const tr = addRow(b.dataset.add); tr.querySelector('input').focus(); refresh(); });
  const form = $('df-form');
  form.addEventListener('input', (e) => { if (e.target.closest('fieldset')) { refresh(); onChange(); } });
  form.addEventListener('change', (e) => { if (e.target.id === 'f-unit' || e.target.id === 'f-rating') { refresh(); onChange(); } });
  form.addEventListener('click', (e) => {
    const del = e.target.closest('button.del');
    if (!del) return;
    const tr = del.closest('tr');
    const next = tr.nextElementSibling || tr.previousElementSibling;
    tr.remove();
    if (next) next.querySelector('input').focus();
    refresh();
    onChange();
  });
  for (const k of Object.keys(TABLES)) if (!rows(k).length) addRow(k);
  refresh();
}

function rows(kind) { return qsa('#t-' + kind + ' tbody tr'); }

/** Appends a row to a table; values by column key. */
export function addRow(kind, values) {
  values = values || {};
  const t = TABLES[kind];
  const tr = document.createElement('tr');
  const n = rows(kind).length + 1;
  tr.innerHTML = t.cols.map(([key, label, type]) =>
    '<td' + (type === 'amount' ? ' class="num"' : '') + '><input type="text" data-k="' + key + '"' + (type === 'amount' ? ' class="num amount" inputmode="decimal"' : '') +
    ' aria-label="第' + n + '行' + label + '" value="' + esc(values[key] == null ? '' : values[key]) + '"></td>').join('') +
    '<td class="calc-cell" data-calc></td>' +
    '<td><button type="button" class="del" aria-label="删除第' + n + '行" title="删除这一行">×</button></td>';
  $('t-' + kind).querySelector('tbody').appendChild(tr);
  return tr;
}

function rowValues(tr) {
  const o = {};
  for (const i of qsa('input[data-k]', tr)) o[i.dataset.k] = i.value.trim();
  return o;
}

const val = (id) => $(id).value.trim();
const unit = () => $('f-unit').value;

/** Marks an amount input red when it is filled but not a number. */
function markBad(input) {
  const bad = input.value.trim() !== '' && !parseDec(input.value);
  input.classList.toggle('bad', bad);
  input.setAttribute('aria-invalid', String(bad));
  return bad;
}

function line(id, cls, html) {
  const el = $(id);
  el.className = 'check-line ' + cls;
  el.innerHTML = html;
}

const OK = '<span aria-hidden="true">✓</span> ', BAD = '<span aria-hidden="true">✗</span> ', WARN = '<span aria-hidden="true">!</span> ';
const money = (d) => decFmt(d) + ' ' + esc(unit());

/** Recomputes every sum, rate and check line from the inputs. */
export function refresh() {
  for (const u of qsa('#df-form .u')) u.textContent = unit();
  let bad = 0;
  for (const i of qsa('#df-form input.amount')) if (markBad(i)) bad++;
  if (markBad($('f-score'))) bad++;
  const adjusted = parseDec(val('f-adjusted')), execution = parseDec(val('f-execution')), initial = parseDec(val('f-initial'));

  // Budget and execution
  if (adjusted && execution) {
    const rate = percent(execution, adjusted, 2);
    const parts = ['预算执行率 = ' + decFmt(execution) + ' ÷ ' + decFmt(adjusted) + ' = <b>' + rate + '%</b>'];
    if (initial && cmp(initial, adjusted) !== 0) parts.push('预算调整率 = (' + decFmt(adjusted) + ' − ' + decFmt(initial) + ') ÷ ' + decFmt(initial) + ' = <b>' + percent(sub(adjusted, initial), initial, 2) + '%</b>');
    const low = cmp(parseDec(rate), parseDec('90')) < 0;
    const over = cmp(execution, adjusted) > 0;
    line('c-rate', over ? 'bad' : low ? 'warn' : 'ok', (over ? BAD : low ? WARN : OK) + parts.join('；') +
      (over ? '。执行数大于调整后预算数，请核对。' : low ? '。低于 90%，报告中通常要说明原因。' : '。'));
  } else line('c-rate', 'idle', '填写调整后预算数和全年执行数后，这里显示预算执行率。');

  // By function
  const fr = rows('function').map((tr) => ({ tr, v: rowValues(tr) }));
  const famounts = fr.map((r) => parseDec(r.v.amount)).filter(Boolean);
  for (const r of fr) {
    const a = parseDec(r.v.amount);
    r.tr.querySelector('[data-calc]').textContent = a && execution ? percent(a, execution, 2) + '%' : '';
  }
  const fsum = famounts.length ? sum(famounts) : null;
  $('s-function').textContent = fsum ? decFmt(fsum) : '—';
  compareToExecution('c-function', fsum, execution, '功能分类各项合计', famounts.length);

  // By nature
  const basic = parseDec(val('f-basic')), project = parseDec(val('f-project'));
  if (basic && project) compareToExecution('c-nature', sum([basic, project]), execution, '基本支出 + 项目支出', 2);
  else line('c-nature', 'idle', '基本支出与项目支出之和应等于全年执行数。');

  // Projects
  const pr = rows('projects').map((tr) => ({ tr, v: rowValues(tr) }));
  const pb = [], pe = [];
  let overspent = [];
  for (const r of pr) {
    const b = parseDec(r.v.budget), e = parseDec(r.v.executed);
    if (b) pb.push(b);
    if (e) pe.push(e);
    r.tr.querySelector('[data-calc]').textContent = b && e ? percent(e, b, 2) + '%' : '';
    if (b && e && cmp(e, b) > 0) overspent.push(r.v.name || '未命名项目');
  }
  $('s-proj-budget').textContent = pb.length ? decFmt(sum(pb)) : '—';
  $('s-proj-exec').textContent = pe.length ? decFmt(sum(pe)) : '—';
  $('s-proj-rate').textContent = pb.length && pe.length ? percent(sum(pe), sum(pb), 2) + '%' : '';
  if (overspent.length) line('c-projects', 'bad', BAD + '执行数大于预算数：' + esc(overspent.join('、')) + '，请核对。');
  else if (pe.length && project && cmp(sum(pe), project) > 0) line('c-projects', 'warn', WARN + '重点项目执行数合计 ' + money(sum(pe)) + ' 大于项目支出 ' + money(project) + '，请核对。');
  else if (pb.length) line('c-projects', 'ok', OK + '共 ' + pr.filter((r) => r.v.name).length + ' 个项目，执行率已按“执行数 ÷ 预算数”计算。');
  else line('c-projects', 'idle', '填写项目名称、预算数和执行数，执行率自动计算。');

  // Indicators
  const ir = rows('indicators').map((tr) => ({ tr, v: rowValues(tr) }));
  const short = [];
  for (const r of ir) {
    const st = r.v.actual ? indicatorStatus(r.v.target, r.v.actual) : null;
    const cell = r.tr.querySelector('[data-calc]');
    cell.innerHTML = st === 'met' ? '<span class="badge ok">达到</span>' : st === 'short' ? '<span class="badge error">未达到</span>' : '';
    if (st === 'short') short.push(r.v.name || '未命名指标');
  }
  const filled = ir.filter((r) => r.v.name).length;
  if (short.length) line('c-indicators', 'warn', WARN + '未达到目标：' + esc(short.join('、')) + '。草稿不会写“全面完成”，请在问题中说明原因。');
  else if (filled) line('c-indicators', 'ok', OK + '共 ' + filled + ' 项指标。');
  else line('c-indicators', 'idle', '每项指标写目标值和实际完成值（如“5批”“95%以上”），自动对比是否达到。');

  // Score and rating
  const score = parseDec(val('f-score')), rating = $('f-rating').value;
  if (score) {
    const expected = ratingFor(score);
    if (cmp(score, parseDec('100')) > 0) line('c-rating', 'bad', BAD + '自评得分超过满分 100 分。');
    else if (rating && rating !== expected) line('c-rating', 'bad', BAD + decFmt(score) + ' 分应评为“' + expected + '”（优 ≥ 90，良 80–89.99，中 60–79.99，差 < 60），现在填的是“' + esc(rating) + '”。');
    else line('c-rating', 'ok', OK + decFmt(score) + ' 分对应等级“' + expected + '”' + (rating ? '，与所填一致。' : '。'));
  } else line('c-rating', 'idle', '等级按得分确定：优 ≥ 90，良 80–89.99，中 60–79.99，差 < 60。');
  return { bad };
}

function compareToExecution(id, total, execution, what, n) {
  if (!total) { line(id, 'idle', what + '应等于全年执行数。'); return; }
  if (!execution) { line(id, 'idle', what + ' ' + money(total) + '；填写全年执行数后自动核对。'); return; }
  const c = cmp(total, execution);
  if (c === 0) line(id, 'ok', OK + what + ' ' + money(total) + '，与全年执行数一致。');
  else {
    const diff = c > 0 ? sub(total, execution) : sub(execution, total);
    line(id, 'bad', BAD + what + ' ' + money(total) + '，与全年执行数 ' + money(execution) + ' 相差 ' + decFmt(diff) + '，请核对' + (n > 1 ? '各项金额' : '') + '。');
  }
}

/* ---------- figures JSON in and out ---------- */

const str = (v) => (v == null ? '' : String(v));

/** Fills the form from a figures object (as in a figures JSON file). */
export function fillFigures(f) {
  f = f || {};
  $('f-department').value = str(f.department);
  $('f-year').value = str(f.year);
  $('f-unit').value = ['万元', '元', '亿元'].includes(f.unit) ? f.unit : '万元';
  $('f-initial').value = str(f.budget && f.budget.initial);
  $('f-adjusted').value = str(f.budget && f.budget.adjusted);
  $('f-execution').value = str(f.execution);
  $('f-basic').value = str(f.byNature && f.byNature.basic);
  $('f-project').value = str(f.byNature && f.byNature.project);
  $('f-score').value = str(f.selfScore);
  $('f-rating').value = ['优', '良', '中', '差'].includes(f.rating) ? f.rating : '';
  const fill = (kind, list) => {
    for (const tr of rows(kind)) tr.remove();
    for (const item of Array.isArray(list) ? list : []) addRow(kind, item || {});
    if (!rows(kind).length) addRow(kind);
  };
  fill('function', f.byFunction);
  fill('projects', f.projects);
  fill('indicators', f.indicators);
  refresh();
}

/** The figures object from the form; empty fields are left out (the service names what is missing). */
export function readFigures() {
  const f = {};
  const put = (obj, key, v) => { if (v !== '') obj[key] = v; };
  put(f, 'department', val('f-department'));
  const year = val('f-year');
  if (year !== '') f.year = /^\d+$/.test(year) ? Number(year) : year;
  f.unit = unit();
  const budget = {};
  put(budget, 'initial', val('f-initial'));
  put(budget, 'adjusted', val('f-adjusted'));
  if (Object.keys(budget).length) f.budget = budget;
  put(f, 'execution', val('f-execution'));
  const fn = rows('function').map(rowValues).filter((r) => r.name || r.amount);
  if (fn.length) f.byFunction = fn.map((r) => ({ name: r.name, amount: r.amount }));
  if (val('f-basic') || val('f-project')) f.byNature = { basic: val('f-basic'), project: val('f-project') };
  const pj = rows('projects').map(rowValues).filter((r) => r.name || r.budget || r.executed);
  if (pj.length) f.projects = pj.map((r) => ({ name: r.name, budget: r.budget, executed: r.executed }));
  const ind = rows('indicators').map(rowValues).filter((r) => r.name || r.target || r.actual);
  if (ind.length) f.indicators = ind.map((r) => { const o = {}; put(o, 'task', r.task); o.name = r.name; o.target = r.target; put(o, 'actual', r.actual); return o; });
  put(f, 'selfScore', val('f-score'));
  put(f, 'rating', $('f-rating').value);
  return f;
}
`;
