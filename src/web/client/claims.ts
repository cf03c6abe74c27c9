/**
 * The 数字清单 view of the 审查 tab: every number of the report with its
 * subject, measure, how the subject was decided and its status (已核对 / 矛盾 / 未核对), from
 * POST /v1/claims; filterable by status and by how the subject was decided; a row's 定位
 * button shows the number in the document.
 */
import type { ClaimRow, ClaimsSummary } from '../../core/claims-table';
import { $, api, esc, errorHtml, qsa, targetOf } from './core';

const STATUSES = [
  { id: 'contradicted', label: '矛盾' },
  { id: 'unchecked', label: '未核对' },
  { id: 'verified', label: '已核对' },
];

const C = { rows: [] as ClaimRow[], summary: null as ClaimsSummary | null, hidden: new Set<string>(), reasons: new Set<string>(), seq: 0 };

/** Rows left after the status and subject-reason filters. */
function filterClaims<R extends Pick<ClaimRow, 'status' | 'subjectReason'>>(rows: R[], hiddenStatuses: Set<string>, hiddenReasons?: Set<string>): R[] {
  return rows.filter((r) => !hiddenStatuses.has(r.status) && !(hiddenReasons && hiddenReasons.has(r.subjectReason)));
}

export function initClaims() {
  $('rv-view-doc').addEventListener('click', () => showView('doc'));
  $('rv-view-claims').addEventListener('click', () => showView('claims'));
  $('rv-claims').addEventListener('change', (e) => {
    const box = targetOf(e).closest<HTMLInputElement>('input[data-cfilter]');
    if (!box) return;
    const set = box.dataset.cfilter === 'status' ? C.hidden : C.reasons;
    if (box.checked) set.delete(box.value);
    else set.add(box.value);
    renderRows();
  });
  $('rv-claims').addEventListener('click', (e) => {
    const b = targetOf(e).closest<HTMLElement>('[data-locate]');
    if (b) locate(Number(b.dataset.locate));
  });
}

/** Switches between the document with its findings and the 数字清单. */
function showView(name: 'doc' | 'claims') {
  const claims = name === 'claims';
  $('rv-view-doc').setAttribute('aria-selected', String(!claims));
  $('rv-view-claims').setAttribute('aria-selected', String(claims));
  $('rv-panes').hidden = claims;
  $('rv-claims').hidden = !claims;
}

/** Fetches the 数字清单 for the same input as the check (a FormData with file or text, and figures). */
export async function loadClaims(form: FormData) {
  const seq = ++C.seq;
  C.rows = [];
  C.summary = null;
  C.hidden = new Set();
  C.reasons = new Set();
  showView('doc');
  $('rv-claims-count').textContent = '';
  $('rv-claims').innerHTML = '<h2>数字清单</h2><p class="muted" role="status">正在整理数字清单……</p>';
  const r = await api<{ documents?: Array<{ claims?: ClaimRow[]; summary: ClaimsSummary }> }>('POST', '/v1/claims', { form });
  if (seq !== C.seq) return;
  if (!r.ok) {
    $('rv-claims').innerHTML = '<h2>数字清单</h2>' + errorHtml(r.error, '数字清单没有生成');
    return;
  }
  const d = r.data.documents && r.data.documents[0];
  if (!d) {
    $('rv-claims').innerHTML = '<h2>数字清单</h2>' + errorHtml({ code: 'BAD_RESPONSE', message: '服务返回的内容无法识别，请稍后重试。' }, '数字清单没有生成');
    return;
  }
  C.rows = d.claims || [];
  C.summary = d.summary;
  $('rv-claims-count').textContent = '（' + C.rows.length + '）';
  render();
}

function render() {
  const s = C.summary!;
  const count = (id: string) => C.rows.filter((r) => r.status === id).length;
  const reasons: Array<{ id: string; label: string }> = [];
  for (const r of C.rows) if (!reasons.some((x) => x.id === r.subjectReason)) reasons.push({ id: r.subjectReason, label: r.subjectReasonLabel });
  const chip = (kind: string, id: string, label: string, n: number, hidden: Set<string>) =>
    '<label class="chip"><input type="checkbox" data-cfilter="' + kind + '" value="' + esc(id) + '"' + (hidden.has(id) ? '' : ' checked') + '> ' + esc(label) + ' ' + n + '</label>';
  $('rv-claims').innerHTML =
    '<h2>数字清单</h2>' +
    '<p class="lead small">报告中的每个数字：属于谁（主体）、是什么（指标）、主体是怎么判断的，以及是否经过核对。“未核对”的数字没有可比对的另一处或数据，请人工复核。</p>' +
    '<p class="csum" id="rv-claims-summary">共 ' +
    s.total +
    ' 个数字：已核对 ' +
    s.verified +
    ' 个，矛盾 ' +
    s.contradicted +
    ' 个，未核对 ' +
    s.unchecked +
    ' 个。</p>' +
    '<div class="filters"><fieldset><legend>状态</legend>' +
    STATUSES.map((x) => chip('status', x.id, x.label, count(x.id), C.hidden)).join('') +
    '</fieldset>' +
    '<fieldset><legend>主体依据</legend>' +
    reasons.map((x) => chip('reason', x.id, x.label, C.rows.filter((r) => r.subjectReason === x.id).length, C.reasons)).join('') +
    '</fieldset></div>' +
    '<div class="ctable-wrap"><table class="ctable" id="rv-claims-table"><thead><tr><th scope="col">序号</th><th scope="col">数字</th><th scope="col">主体</th><th scope="col">指标</th><th scope="col">主体依据</th><th scope="col">状态</th><th scope="col">位置</th></tr></thead><tbody></tbody></table></div>';
  renderRows();
}

function renderRows() {
  const rows = filterClaims(C.rows, C.hidden, C.reasons);
  const body = document.querySelector('#rv-claims-table tbody');
  if (!body) return;
  body.innerHTML = rows.length
    ? rows
        .map(
          (r) =>
            '<tr class="c-' +
            esc(r.status) +
            '" data-claim="' +
            r.id +
            '">' +
            '<td>' +
            (r.id + 1) +
            '</td>' +
            '<td class="num">' +
            esc(r.quote) +
            (r.approximate ? ' <span class="muted small">约数</span>' : '') +
            '</td>' +
            '<td>' +
            esc(r.subject) +
            '</td>' +
            '<td>' +
            esc(r.measure || '—') +
            '</td>' +
            '<td><span class="reason r-' +
            esc(r.subjectReason) +
            '" title="' +
            esc(r.subjectReasonNote || '') +
            '">' +
            esc(r.subjectReasonLabel) +
            '</span></td>' +
            '<td class="status"><span class="badge ' +
            (r.status === 'contradicted' ? 'error' : r.status === 'verified' ? 'ok' : 'plain') +
            '">' +
            esc(statusWord(r.status)) +
            '</span> ' +
            esc(r.statusLabel.replace(/^[^：]*：/, '')) +
            '</td>' +
            '<td class="where"><button type="button" class="btn small link" data-locate="' +
            r.id +
            '" title="在正文中查看">' +
            esc(r.path.length ? r.path[r.path.length - 1] : '正文开头') +
            '</button><div class="ctx">' +
            esc(r.context) +
            '</div></td>' +
            '</tr>',
        )
        .join('')
    : '<tr><td colspan="7" class="empty">所选状态下没有数字。</td></tr>';
}

function statusWord(s: string) {
  return (STATUSES.find((x) => x.id === s) || { label: s }).label;
}

/** Shows a number in the document: back to the document view, scrolled to its paragraph. */
function locate(id: number) {
  const r = C.rows.find((x) => x.id === id);
  if (!r) return;
  showView('doc');
  const el = qsa('#rv-doc [data-s]').reduce<HTMLElement | null>((best, b) => (Number(b.dataset.s) <= r.start ? b : best), null);
  if (el) {
    el.scrollIntoView({ block: 'center' });
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1600);
  }
}
