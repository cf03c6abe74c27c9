/**
 * The 起草 tab: highlights, problems and measures, the sections wanted,
 * import/export of the figures (or the whole form), drafting with sections streamed in
 * (POST /v1/draft, Accept: text/event-stream), each section editable with its grounding
 * badge, re-checking the edited text (POST /v1/check) and the Word download (POST /v1/export/docx).
 */
import type { Finding } from '../../check/types';
import { $, type ApiError, api, baseName, download, errorHtml, esc, field, progress, qsa, readText, showError, targetOf } from './core';
import { fillFigures, type FormFigures, initFiguresForm, readFigures, refresh } from './figures-form';
import { severityLabel } from './labels';
import { severityRank } from './marks';
import { readSse } from './sse';

interface Highlight {
  title?: string;
  detail?: string;
  numbers?: HighlightNumber[];
}
interface HighlightNumber {
  label?: string;
  value?: string | number;
  unit?: string;
  approx?: string;
}
/** The POST /v1/draft body as the form builds it (validated by the service: src/draft/request.ts). */
interface DraftRequest {
  figures: FormFigures;
  highlights: Highlight[];
  problems: string[];
  measures: string[];
  sections?: string[];
  options?: { selfReference?: string; percentDecimals?: number; year?: number; achievementStyle?: string };
}
interface Grounding {
  kind?: string;
  numbers: number;
  grounded: number;
  repaired?: number;
  fallenBack?: number;
}
/** A drafted section as shown: its text (null while pending), grounding and the re-check's findings. */
interface DraftSection {
  kind: string;
  title: string;
  text: string | null;
  grounding?: Grounding | null;
  edited?: boolean;
  checked?: boolean;
  findings: Array<Pick<Finding, 'severity' | 'message' | 'quote'> & { path?: string[]; section?: string }>;
}
interface DraftResult {
  title?: string;
  sections: Array<{ kind: string; title?: string; text: string }>;
  grounding?: Grounding & { sections?: Grounding[] };
  findings?: Array<DraftSection['findings'][number] & { section?: string }>;
  notes?: Array<{ message: string }>;
  provider?: string;
  model?: string;
}

const SECTIONS = [
  ['income', '部门整体收支情况', '需要调整后预算数和全年执行数'],
  ['conclusion', '自评结论综述', '需要自评得分'],
  ['indicators', '各项工作任务绩效目标完成情况分析', '需要绩效指标'],
  ['projects', '各重点任务项目支出完成情况分析', '需要重点项目'],
  ['achievements', '主要工作成效', '需要年度工作要点'],
  ['problems', '存在的主要问题', ''],
  ['measures', '下一步改进措施', ''],
];
const TITLE: Record<string, string> = Object.fromEntries(SECTIONS.map((s) => [s[0], s[1]]));
const PARTS = [{ title: '基本情况', kinds: ['income'] }, { title: '综合评价分析', kinds: ['conclusion', 'indicators', 'projects', 'achievements'] }, { kinds: ['problems'] }, { kinds: ['measures'] }];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const APPROX = ['', '余', '多', '近', '约', '以上', '左右'];
const STORE = 'jixiao.draft.form.v1';

const D = { sections: [] as DraftSection[], title: '', figures: null as FormFigures | null, running: false, controller: null as AbortController | null, total: 0 };

/** Numbered headings for the drafted sections, as in the common template (一、基本情况 / （一）…). */
function outlineOf(kinds: string[]): Array<{ level: number; heading: string; kind?: string }> {
  const out: Array<{ level: number; heading: string; kind?: string }> = [];
  let part = 0;
  for (const p of PARTS) {
    const present = p.kinds.filter((k) => kinds.includes(k));
    if (!present.length) continue;
    part++;
    const first = present[0]!;
    if (!p.title) {
      out.push({ level: 1, heading: CN[part - 1] + '、' + (TITLE[first] || first), kind: first });
      continue;
    }
    out.push({ level: 1, heading: CN[part - 1] + '、' + p.title });
    present.forEach((k, i) => out.push({ level: 2, heading: '（' + CN[i] + '）' + (TITLE[k] || k), kind: k }));
  }
  return out;
}

export function initDraft() {
  initFiguresForm(scheduleSave);
  $('df-sections-pick').innerHTML = SECTIONS.map(
    ([k, t, need]) => '<label><input type="checkbox" name="sections" value="' + k + '" checked> <span>' + esc(t) + (need ? ' <span class="need">（' + need + '）</span>' : '') + '</span></label>',
  ).join('');
  $('df-add-highlight').addEventListener('click', () => {
    const c = addHighlight();
    c.querySelector('input')?.focus();
    scheduleSave();
  });
  $('df-highlights').addEventListener('click', onHighlightClick);
  $('df-form').addEventListener('input', scheduleSave);
  $('df-form').addEventListener('change', scheduleSave);
  $('df-form').addEventListener('submit', (e) => {
    e.preventDefault();
    runDraft();
  });
  $('df-import').addEventListener('click', () => field('df-import-file').click());
  field('df-import-file').addEventListener('change', async () => {
    const f = field('df-import-file').files?.[0];
    field('df-import-file').value = '';
    if (f) await importFile(f);
  });
  $('df-export').addEventListener('click', exportFigures);
  $('df-save').addEventListener('click', () => download(fileStem() + '-起草数据.json', JSON.stringify(buildRequest(), null, 2), 'application/json'));
  $('df-clear').addEventListener('click', () => {
    if (!confirm('清空左侧所有填写的内容？')) return;
    fillForm({ figures: {}, highlights: [] });
    localStorage.removeItem(STORE);
    $('df-import-msg').innerHTML = '';
  });
  $<HTMLButtonElement>('df-recheck').addEventListener('click', recheck);
  $<HTMLButtonElement>('df-docx').addEventListener('click', downloadDocx);
  $<HTMLButtonElement>('df-copy').addEventListener('click', copyAll);
  $('df-sections').addEventListener('input', onSectionEdit);
  $('df-sections').addEventListener('click', onSectionClick);
  restore();
  if (!qsa('#df-highlights .hl-card').length) addHighlight();
}

/* ---------- highlights ---------- */

function addHighlight(h: Highlight = {}) {
  const card = document.createElement('div');
  card.className = 'hl-card';
  const n = qsa('#df-highlights .hl-card').length + 1;
  card.innerHTML =
    '<div class="hl-head"><span class="muted small">要点</span>' +
    '<input type="text" data-hk="title" aria-label="工作要点' +
    n +
    '的概括语" placeholder="概括语，如：把牢主轴、增强定力，加强党的全面领导" value="' +
    esc(h.title || '') +
    '">' +
    '<button type="button" class="btn small link" data-del-highlight aria-label="删除工作要点' +
    n +
    '">删除</button></div>' +
    '<textarea data-hk="detail" rows="2" aria-label="工作要点' +
    n +
    '的具体做法和成效" placeholder="具体做法和成效……">' +
    esc(h.detail || '') +
    '</textarea>' +
    '<table class="grid hl-nums"><thead><tr><th>数字的含义</th><th class="num">数值</th><th>单位</th><th>约数词</th><th><span class="sr-only">删除</span></th></tr></thead><tbody></tbody></table>' +
    '<button type="button" class="btn small link" data-add-num>＋ 添加数字</button>';
  $('df-highlights').appendChild(card);
  for (const x of h.numbers || []) addNumber(card, x);
  return card;
}

function addNumber(card: HTMLElement, x: HighlightNumber = {}) {
  const tr = document.createElement('tr');
  tr.innerHTML =
    '<td><input type="text" data-nk="label" aria-label="数字的含义" placeholder="如：经审查立案" value="' +
    esc(x.label || '') +
    '"></td>' +
    '<td><input type="text" data-nk="value" class="num" inputmode="decimal" aria-label="数值" value="' +
    esc(x.value == null ? '' : x.value) +
    '"></td>' +
    '<td><input type="text" data-nk="unit" aria-label="单位" placeholder="件" style="width:5em" value="' +
    esc(x.unit || '') +
    '"></td>' +
    '<td><select data-nk="approx" aria-label="约数词">' +
    APPROX.map((a) => '<option value="' + a + '"' + ((x.approx || '') === a ? ' selected' : '') + '>' + (a || '（无）') + '</option>').join('') +
    '</select></td>' +
    '<td><button type="button" class="del" aria-label="删除这个数字">×</button></td>';
  card.querySelector('tbody')!.appendChild(tr);
  return tr;
}

function onHighlightClick(e: Event) {
  const card = targetOf(e).closest<HTMLElement>('.hl-card');
  if (!card) return;
  if (targetOf(e).closest<HTMLElement>('[data-add-num]')) {
    addNumber(card).querySelector('input')?.focus();
    scheduleSave();
  } else if (targetOf(e).closest<HTMLElement>('[data-del-highlight]')) {
    card.remove();
    scheduleSave();
  } else if (targetOf(e).closest<HTMLElement>('button.del')) {
    e.stopPropagation();
    targetOf(e).closest('tr')?.remove();
    scheduleSave();
  }
}

function readHighlights(): Highlight[] {
  const valueOf = (root: ParentNode, sel: string) => (root.querySelector<HTMLInputElement>(sel)?.value ?? '').trim();
  return qsa('#df-highlights .hl-card')
    .map((card) => {
      const title = valueOf(card, '[data-hk="title"]');
      const detail = valueOf(card, '[data-hk="detail"]');
      const numbers = qsa('tbody tr', card)
        .map((tr) => {
          const g = (k: string) => valueOf(tr, '[data-nk="' + k + '"]');
          const o: HighlightNumber = { label: g('label'), value: g('value'), unit: g('unit') };
          if (g('approx')) o.approx = g('approx');
          return o;
        })
        .filter((n) => n.label || n.value);
      return { title, detail, numbers };
    })
    .filter((h) => h.title || h.detail);
}

const lines = (id: string) =>
  field(id)
    .value.split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/* ---------- the request ---------- */

function selectedSections() {
  return qsa<HTMLInputElement>('#df-sections-pick input:checked').map((i) => i.value);
}

/** The POST /v1/draft body from the form (see src/draft/request.ts). */
function buildRequest(): DraftRequest {
  const figures = readFigures();
  const req: DraftRequest = { figures, highlights: readHighlights(), problems: lines('df-problems'), measures: lines('df-measures') };
  const picked = selectedSections();
  if (picked.length !== SECTIONS.length) req.sections = picked;
  const options: NonNullable<DraftRequest['options']> = { selfReference: field('o-self').value, percentDecimals: Number(field('o-decimals').value) };
  if (typeof figures.year === 'number') options.year = figures.year;
  if (field('o-style').value) options.achievementStyle = field('o-style').value;
  req.options = options;
  return req;
}

function fillForm(req: Partial<DraftRequest>) {
  fillFigures(req.figures || {});
  for (const c of qsa('#df-highlights .hl-card')) c.remove();
  for (const h of req.highlights || []) addHighlight(h);
  if (!qsa('#df-highlights .hl-card').length) addHighlight();
  field('df-problems').value = (req.problems || []).join('\n');
  field('df-measures').value = (req.measures || []).join('\n');
  const wanted = Array.isArray(req.sections) && req.sections.length ? req.sections : SECTIONS.map((s) => s[0]);
  for (const i of qsa<HTMLInputElement>('#df-sections-pick input')) i.checked = wanted.includes(i.value) || wanted.includes(TITLE[i.value] ?? '');
  const o = req.options || {};
  if (o.selfReference) field('o-self').value = o.selfReference;
  field('o-style').value = o.achievementStyle || '';
  field('o-decimals').value = String(o.percentDecimals || 2);
  refresh();
}

function fileStem() {
  const f = readFigures();
  return baseName((f.year ? f.year + '年' : '') + (f.department || '部门'));
}

/* ---------- saved in this browser, so a refresh loses nothing ---------- */

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(STORE, JSON.stringify(buildRequest()));
    } catch {
      /* storage full or disabled */
    }
  }, 400);
}

function restore() {
  let saved: DraftRequest | null;
  try {
    saved = JSON.parse(localStorage.getItem(STORE) || 'null');
  } catch {
    saved = null;
  }
  if (!saved || !saved.figures) return;
  fillForm(saved);
  $('df-import-msg').innerHTML = '<div class="alert note">已恢复上次在本机填写的内容。需要从头开始，请点上方“清空”。</div>';
}

/* ---------- import and export ---------- */

async function importFile(file: File) {
  const box = $('df-import-msg');
  const text = await readText(file);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a user's file, checked field by field
  let json: any;
  try {
    json = JSON.parse(String(text || '').replace(/^\uFEFF/, ''));
  } catch {
    json = null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    showError(box, { code: 'INVALID_FIGURES', message: '“' + file.name + '”不是有效的 JSON 数据文件：请选择 figures 数据文件（.json），或本页“保存全部填写内容”得到的文件。' }, '无法导入');
    return;
  }
  const isRequest = json.figures && typeof json.figures === 'object';
  fillForm(
    isRequest
      ? json
      : {
          figures: json,
          highlights: readHighlights(),
          problems: lines('df-problems'),
          measures: lines('df-measures'),
          sections: selectedSections(),
          options: { selfReference: field('o-self').value, achievementStyle: field('o-style').value, percentDecimals: Number(field('o-decimals').value) },
        },
  );
  scheduleSave();
  const figures = isRequest ? json.figures : json;
  const v = await api('POST', '/v1/figures/validate', { json: figures });
  const what: string[] = [];
  if (Array.isArray(figures.byFunction)) what.push(figures.byFunction.length + ' 项功能分类');
  if (Array.isArray(figures.projects)) what.push(figures.projects.length + ' 个项目');
  if (Array.isArray(figures.indicators)) what.push(figures.indicators.length + ' 项指标');
  if (isRequest && Array.isArray(json.highlights)) what.push(json.highlights.length + ' 条工作要点');
  if (v.ok || (v.error.code === 'INVALID_FIGURES' && isRequest && !figures.budget)) {
    box.innerHTML = '<div class="alert note" role="status">已导入“' + esc(file.name) + '”' + (what.length ? '：' + esc(what.join('、')) : '') + '。请核对下面自动计算的合计与比率。</div>';
  } else {
    box.innerHTML = errorHtml(v.error, '已导入“' + file.name + '”，但数据有问题，请在下面改正');
  }
}

async function exportFigures() {
  const figures = readFigures();
  const v = await api('POST', '/v1/figures/validate', { json: figures });
  download(fileStem() + '-figures.json', JSON.stringify(v.ok ? v.data.figures : figures, null, 2), 'application/json');
  $('df-import-msg').innerHTML = v.ok ? '<div class="alert note" role="status">已导出数据文件，可在“审查报告”页作为数据文件使用。</div>' : errorHtml(v.error, '已导出，但数据还不完整或有误');
}

/* ---------- drafting ---------- */

async function runDraft() {
  if (D.running) {
    if (D.controller) D.controller.abort();
    return;
  }
  const err = $('df-error');
  err.innerHTML = '';
  $('df-out-error').innerHTML = '';
  const { bad } = refresh();
  if (bad) {
    showError(err, { code: 'INVALID_NUMBER', message: '有 ' + bad + ' 处数字不是有效的数（已标红），请改正后再起草。金额只写数字，如 3363.37 或 3,363.37。' }, '请先改正数据');
    const first = document.querySelector<HTMLElement>('#df-form input.bad');
    if (first) first.focus();
    return;
  }
  if (!selectedSections().length) {
    showError(err, { code: 'NO_SECTIONS', message: '请至少勾选一个要起草的章节。' }, '没有选择章节');
    return;
  }
  const req = buildRequest();
  D.figures = req.figures;
  D.sections = [];
  D.title = (req.figures.year ? req.figures.year + '年' : '') + (req.figures.department || '') + '部门整体支出绩效自评报告';
  $('df-sections').innerHTML = '';
  $('df-notes').innerHTML = '';
  $('df-summary').innerHTML = '';
  setOutputButtons(false);
  D.running = true;
  D.controller = new AbortController();
  $<HTMLButtonElement>('df-go').textContent = '停止起草';
  const p = progress($('df-progress'), '正在起草……');
  let final: DraftResult | null = null,
    failed: ApiError | null = null;
  try {
    let res: Response;
    try {
      res = await fetch('/v1/draft' + (field('o-provider').value ? '?provider=' + field('o-provider').value : ''), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify(req),
        signal: D.controller!.signal,
      });
    } catch (e) {
      failed = e instanceof Error && e.name === 'AbortError' ? { code: 'ABORTED', message: '已停止起草。' } : { code: 'NETWORK', message: '无法连接服务：请检查网络连接，确认服务仍在运行后重试。' };
      return;
    }
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      failed =
        body && body.error
          ? body.error
          : { code: 'HTTP_' + res.status, message: res.status === 404 ? '服务还没有提供起草功能（/v1/draft），请联系管理员更新服务。' : '服务返回了意外的错误（HTTP ' + res.status + '），请稍后重试。' };
      return;
    }
    const type = res.headers.get('content-type') || '';
    if (type.includes('text/event-stream')) {
      try {
        await readSse(res, (ev) => {
          const d = ev.data || {};
          if (ev.event === 'error' || d.error) {
            failed = d.error || { code: 'DRAFT_FAILED', message: '起草中断：' + (ev.text || '未知原因') };
            return;
          }
          if (Array.isArray(d.sections) && d.sections.length && typeof d.sections[0] === 'object') {
            final = d;
            return;
          }
          if (Array.isArray(d.sections) || Array.isArray(d.kinds)) {
            plan(d.sections || d.kinds, d.title);
            p.set('正在起草，共 ' + (d.sections || d.kinds).length + ' 节……');
            return;
          }
          const s = d.section && typeof d.section === 'object' ? d.section : d.kind && typeof d.text === 'string' ? d : null;
          if (s) {
            putSection(s, d.grounding || s.grounding);
            p.set('已生成 ' + D.sections.filter((x) => x.text != null).length + ' 节：' + (s.title || TITLE[s.kind] || s.kind) + (D.total ? '（共 ' + D.total + ' 节）' : ''));
          }
        });
      } catch (e) {
        if (!failed)
          failed =
            e instanceof Error && e.name === 'AbortError'
              ? { code: 'ABORTED', message: '已停止起草，已生成的章节保留在下面。' }
              : { code: 'STREAM_BROKEN', message: '连接中断，起草没有完成；已生成的章节保留在下面，可重试。' };
      }
    } else {
      const body = await res.json().catch(() => null);
      if (body && Array.isArray(body.sections)) final = body;
      else failed = { code: 'BAD_RESPONSE', message: '服务返回的内容无法识别，请稍后重试。' };
    }
  } finally {
    p.stop();
    D.running = false;
    D.controller = null;
    $<HTMLButtonElement>('df-go').textContent = '开始起草';
    if (final) finish(final);
    const failure = failed as ApiError | null; // assigned in callbacks
    if (failure) showError($('df-out-error'), failure, failure.code === 'ABORTED' ? '已停止' : titleFor(failure));
    const done = D.sections.filter((x) => x.text != null);
    D.sections = done;
    qsa('#df-sections .sec-card.pending').forEach((c) => c.remove());
    setOutputButtons(done.length > 0);
    if (!done.length && !failure) $('df-sections').innerHTML = '<div class="placeholder">没有生成任何章节。</div>';
  }
}

function titleFor(error: ApiError) {
  if (error.code === 'INVALID_DRAFT_REQUEST' || error.code === 'INVALID_FIGURES' || error.code === 'INVALID_REQUEST') return '起草请求有问题，请按提示补充或改正';
  if (error.code === 'NETWORK') return '连接失败';
  return '起草没有完成';
}

/** Placeholders for the sections about to come, in report order. */
function plan(kinds: Array<string | { kind?: string }>, title?: string) {
  if (title) D.title = title;
  const list = kinds.map((k) => (typeof k === 'string' ? k : k.kind)).filter((k): k is string => !!k);
  D.total = list.length;
  for (const k of list) if (!D.sections.some((s) => s.kind === k)) D.sections.push({ kind: k, title: TITLE[k] || k, text: null, findings: [] });
  renderSections();
}

function putSection(s: { kind: string; title?: string; text: string }, grounding: Grounding | null | undefined) {
  let entry = D.sections.find((x) => x.kind === s.kind);
  if (!entry) {
    entry = { kind: s.kind, title: '', text: null, findings: [] };
    D.sections.push(entry);
  }
  entry.title = s.title || TITLE[s.kind] || s.kind;
  entry.text = s.text;
  entry.grounding = grounding || null;
  entry.edited = false;
  entry.findings = [];
  renderSections();
  const card = document.getElementById('sec-' + s.kind);
  if (card) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function finish(result: DraftResult) {
  if (result.title) D.title = result.title;
  const groundings = (result.grounding && result.grounding.sections) || [];
  for (const s of result.sections) {
    const existing = D.sections.find((x) => x.kind === s.kind);
    const g = groundings.find((x) => x.kind === s.kind) || (existing && existing.grounding);
    if (!existing || existing.text == null || !existing.edited) putSection(s, g);
  }
  const order = SECTIONS.map((x) => x[0]);
  D.sections.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const f of result.findings || []) {
    const sec = D.sections.find((x) => x.kind === f.section);
    if (sec) sec.findings.push(f);
  }
  renderSections();
  const g = result.grounding;
  const notes = result.notes || [];
  $('df-summary').innerHTML = g
    ? '<div class="alert note" role="status">已起草 ' +
      result.sections.length +
      ' 节' +
      (result.provider === 'template' ? '（内置模板）' : result.model ? '（模型：' + esc(result.model) + '）' : '') +
      '：文中数字 ' +
      g.numbers +
      ' 个，与数据一致 ' +
      g.grounded +
      ' 个' +
      (g.repaired ? '，修正 ' + g.repaired + ' 段' : '') +
      (g.fallenBack ? '，改用模板 ' + g.fallenBack + ' 段' : '') +
      '。' +
      (result.findings && result.findings.length ? '草稿自查发现 ' + result.findings.length + ' 处需要注意，列在相应章节下。' : '') +
      '</div>'
    : '';
  $('df-notes').innerHTML = notes.length ? '<h3 style="font-size:14px;margin:12px 0 4px">说明</h3><ul>' + notes.map((n) => '<li>' + esc(n.message) + '</li>').join('') + '</ul>' : '';
}

function groundingBadges(s: DraftSection) {
  const g = s.grounding;
  if (!g) return '';
  const all = g.numbers === g.grounded;
  const stale = s.edited ? ' style="opacity:.55" title="已修改，点“重新核对”检查"' : '';
  return (
    '<span class="badge ' +
    (all ? 'ok' : 'warning') +
    '"' +
    stale +
    ' data-badge="grounded">数字 ' +
    g.numbers +
    ' 个' +
    (all ? '，全部有据' : '，有据 ' + g.grounded + ' 个') +
    '</span>' +
    '<span class="badge ' +
    (g.repaired ? 'warning' : 'plain') +
    '"' +
    stale +
    ' data-badge="repaired" title="模型初稿经修正后通过核对的段落">修正 ' +
    (g.repaired || 0) +
    '</span>' +
    '<span class="badge ' +
    (g.fallenBack ? 'warning' : 'plain') +
    '"' +
    stale +
    ' data-badge="fallenBack" title="改用内置模板的段落">改用模板 ' +
    (g.fallenBack || 0) +
    '</span>'
  );
}

function findingsHtml(s: DraftSection) {
  const list = (s.findings || []).slice().sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  if (!list.length) return s.checked ? '<div class="sec-findings"><span class="badge ok">核对通过</span> 没有发现问题。</div>' : '';
  return (
    '<div class="sec-findings"><ul style="margin:0;padding-left:18px">' +
    list
      .map(
        (f, k) =>
          '<li><span class="badge ' +
          esc(f.severity) +
          '">' +
          esc(severityLabel(f.severity)) +
          '</span> ' +
          esc(f.message) +
          (f.quote ? ' <button type="button" class="btn small link" data-select="' + k + '">选中原文</button>' : '') +
          '</li>',
      )
      .join('') +
    '</ul></div>'
  );
}

function renderSections() {
  const kinds = D.sections.map((s) => s.kind);
  const heads = outlineOf(kinds);
  let html = '';
  for (const h of heads) {
    if (!h.kind) {
      html += '<h3 style="font-size:15px;margin:14px 0 6px">' + esc(h.heading) + '</h3>';
      continue;
    }
    const s = D.sections.find((x) => x.kind === h.kind)!;
    const pending = s.text == null;
    html +=
      '<article class="sec-card' +
      (pending ? ' pending' : '') +
      '" id="sec-' +
      esc(s.kind) +
      '" data-kind="' +
      esc(s.kind) +
      '">' +
      '<div class="sec-head"><h3>' +
      esc(h.heading) +
      '</h3><div class="badges">' +
      (s.edited ? '<span class="badge plain">已修改</span>' : '') +
      groundingBadges(s) +
      '</div></div>' +
      (pending
        ? '<div class="placeholder" style="margin:0;border:0">等待生成……</div>'
        : '<label class="sr-only" for="sec-text-' +
          esc(s.kind) +
          '">' +
          esc(s.title) +
          ' 正文（可修改）</label><textarea id="sec-text-' +
          esc(s.kind) +
          '" data-kind="' +
          esc(s.kind) +
          '" rows="4">' +
          esc(s.text) +
          '</textarea>' +
          findingsHtml(s)) +
      '</article>';
  }
  $('df-sections').innerHTML = html;
  for (const ta of qsa<HTMLTextAreaElement>('#df-sections textarea')) autosize(ta);
}

/** Grows a section's text box to its content, so the whole section reads without inner scrolling. */
function autosize(ta: HTMLTextAreaElement) {
  ta.style.height = 'auto';
  ta.style.height = Math.min(Math.max(ta.scrollHeight + 4, 120), 1400) + 'px';
}

function onSectionEdit(e: Event) {
  const ta = targetOf(e).closest<HTMLTextAreaElement>('textarea[data-kind]');
  if (!ta) return;
  const s = D.sections.find((x) => x.kind === ta.dataset.kind);
  if (!s) return;
  s.text = ta.value;
  autosize(ta);
  if (!s.edited) {
    s.edited = true;
    const head = ta.closest('.sec-card')?.querySelector('.badges');
    if (head) head.innerHTML = '<span class="badge plain">已修改</span>' + groundingBadges(s);
  }
}

function onSectionClick(e: Event) {
  const b = targetOf(e).closest<HTMLElement>('[data-select]');
  if (!b) return;
  const card = b.closest<HTMLElement>('.sec-card');
  const s = card && D.sections.find((x) => x.kind === card.dataset.kind);
  const ta = card?.querySelector('textarea');
  if (!s || !ta) return;
  const list = (s.findings || []).slice().sort((a, c) => severityRank(a.severity) - severityRank(c.severity));
  const f = list[Number(b.dataset.select)];
  const quote = String(f?.quote || '');
  const at = ta.value.indexOf(quote);
  ta.focus();
  if (at >= 0) ta.setSelectionRange(at, at + quote.length);
}

function setOutputButtons(on: boolean) {
  for (const id of ['df-recheck', 'df-docx', 'df-copy']) $<HTMLButtonElement>(id).disabled = !on;
}

/** The draft as one text: title, numbered headings and the (edited) sections. */
function draftText() {
  const heads = outlineOf(D.sections.map((s) => s.kind));
  const out = [D.title, ''];
  for (const h of heads) {
    out.push(h.heading);
    if (h.kind)
      out.push(
        ...String(D.sections.find((s) => s.kind === h.kind)?.text || '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      );
  }
  return out.join('\n');
}

/* ---------- re-check, Word, copy ---------- */

async function recheck() {
  const btn = $<HTMLButtonElement>('df-recheck');
  btn.disabled = true;
  $('df-out-error').innerHTML = '';
  const p = progress($('df-progress'), '正在核对修改后的草稿……');
  const f: FormFigures = D.figures || {};
  const withFigures = f.budget && f.budget.adjusted && f.execution;
  let r = await api<{ documents: Array<{ findings: DraftSection['findings']; stats?: Record<string, number> }> }>('POST', '/v1/check', {
    json: withFigures ? { text: draftText(), figures: f } : { text: draftText() },
  });
  if (!r.ok && r.error.code === 'INVALID_FIGURES') r = await api('POST', '/v1/check', { json: { text: draftText() } });
  p.stop();
  btn.disabled = false;
  if (!r.ok) {
    showError($('df-out-error'), r.error, '核对没有完成');
    return;
  }
  const doc = r.data.documents[0]!;
  for (const s of D.sections) {
    s.findings = [];
    s.checked = true;
  }
  let unplaced = 0;
  for (const fd of doc.findings) {
    const s = sectionOf(fd);
    if (s) s.findings.push(fd);
    else unplaced++;
  }
  for (const s of D.sections) s.edited = false;
  renderSections();
  const st = doc.stats || {};
  $('df-summary').innerHTML =
    '<div class="alert note" role="status">重新核对完成：错误 ' +
    (st.errors || 0) +
    ' 处，警告 ' +
    (st.warnings || 0) +
    ' 处，提示 ' +
    (st.infos || 0) +
    ' 处；识别数字 ' +
    (st.numbersFound || 0) +
    ' 个，已核对 ' +
    (st.numbersChecked || 0) +
    ' 个' +
    (withFigures ? '，与数据核对 ' + (st.numbersMatchedToFigures || 0) + ' 个' : '') +
    '。' +
    (unplaced ? '另有 ' + unplaced + ' 处在标题中。' : '') +
    '</div>';
}

/** Which drafted section a finding of the re-check falls in: by its section path, else by its quote. */
function sectionOf(f: DraftSection['findings'][number]): DraftSection | undefined {
  const path = f.path || [];
  for (let k = path.length - 1; k >= 0; k--) {
    const s = D.sections.find((x) => path[k]!.endsWith(x.title) || path[k]!.endsWith(TITLE[x.kind] || '\u0000'));
    if (s) return s;
  }
  const q = String(f.quote || '').replace(/\s/g, '');
  return q
    ? D.sections.find((x) =>
        String(x.text || '')
          .replace(/\s/g, '')
          .includes(q),
      )
    : undefined;
}

async function downloadDocx() {
  const btn = $<HTMLButtonElement>('df-docx');
  btn.disabled = true;
  $('df-out-error').innerHTML = '';
  const p = progress($('df-progress'), '正在生成 Word 文件……');
  const r = await api('POST', '/v1/export/docx', { json: { title: D.title, sections: D.sections.map((s) => ({ kind: s.kind, title: s.title, text: s.text })) }, responseType: 'blob' });
  p.stop();
  btn.disabled = false;
  if (!r.ok) {
    showError($('df-out-error'), r.error, '没有生成 Word 文件');
    return;
  }
  download(baseName(D.title || '绩效自评报告') + '.docx', r.data as Blob);
}

async function copyAll() {
  const text = draftText();
  let ok: boolean;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
  }
  $<HTMLButtonElement>('df-copy').textContent = ok ? '已复制' : '复制失败，请手动选择';
  setTimeout(() => {
    $<HTMLButtonElement>('df-copy').textContent = '复制全文';
  }, 2000);
}
