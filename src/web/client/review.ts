/**
 * The 审查 tab: upload (file or pasted text, optional figures,
 * reference reports, stored corpus), progress, then the document laid out by section with
 * every finding highlighted in place, the grouped and filterable findings list, the summary
 * strip, keyboard navigation (j/k, arrows, Enter, Esc) and downloads.
 */
import type { Finding } from '../../check/types';
import type { ReportDocument, Section } from '../../model/document';
import { initClaims, loadClaims } from './claims';
import { $, type ApiError, api, baseName, download, esc, field, MAX_UPLOAD_BYTES, progress, qsa, showError, targetOf, typingIn } from './core';
import { calcHtml, openDetail, placeText } from './detail';
import { findingsDocx, findingsJson, printFindings, type ReviewResult } from './export';
import { familiesFor, familyOf, loadCatalog, ruleLabel, severitiesFor, severityLabel } from './labels';
import { buildMarks, cellSpans, sameDocument, segments, severityRank } from './marks';

/** A highlight in the document, with the findings it belongs to. */
type MarkEl = HTMLElement & { fs: number[] };

interface CheckedDocument {
  file: string;
  title?: string;
  findings?: Finding[];
  stats?: ReviewResult['stats'];
  document?: ReportDocument;
}

interface FigureProblem {
  severity: string;
  message: string;
}

const S = {
  file: null as File | null, // the chosen report File
  form: null as FormData | null, // the FormData of the last successful check, sent again for the annotated report
  result: null as ReviewResult | null,
  doc: null as ReportDocument | null,
  findings: [] as Finding[], // sorted by position
  hidden: { family: new Set<string>(), severity: new Set<string>() },
  list: [] as number[], // indexes of visible findings, in list order
  current: -1, // index into findings
  marks: [] as MarkEl[],
};

/** The result being shown (only called while one is). */
const result = (): ReviewResult => S.result!;
const messageOf = (err: unknown) => (err instanceof Error && err.message ? err.message : String(err));

export function initReview() {
  const drop = $('rv-drop'),
    input = field('rv-file');
  const choose = (file: File | null | undefined) => {
    S.file = file || null;
    $('rv-file-name').textContent = file ? '已选择：' + file.name + '（' + sizeText(file.size) + '）' : '';
    $('rv-error').innerHTML = '';
  };
  drop.addEventListener('click', () => input.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  });
  input.addEventListener('change', () => choose(input.files?.[0]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files.length) choose(e.dataTransfer.files[0]);
  });
  for (const id of ['rv-figures', 'rv-against']) {
    const el = field(id),
      clear = document.querySelector<HTMLElement>('[data-clear="' + id + '"]')!,
      names = $(id + '-names');
    const files = () => Array.from(el.files || []);
    const shown = () => {
      clear.hidden = !files().length;
      names.textContent = files().length
        ? files()
            .map((f) => f.name)
            .join('、')
        : '未选择';
    };
    document.querySelector<HTMLElement>('[data-pick="' + id + '"]')!.addEventListener('click', () => el.click());
    el.addEventListener('change', shown);
    clear.addEventListener('click', () => {
      el.value = '';
      shown();
    });
  }
  $('rv-form').addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  $('rv-new').addEventListener('click', () => {
    $('rv-result').hidden = true;
    $('rv-form').hidden = false;
    $('rv-drop').focus();
  });
  $('rv-dl-json').addEventListener('click', () => download(baseName(result().file) + '-审查结果.json', JSON.stringify(findingsJson(result()), null, 2), 'application/json'));
  $<HTMLButtonElement>('rv-dl-annotated').addEventListener('click', downloadAnnotated);
  $('rv-dl-docx').addEventListener('click', () => download(baseName(result().file) + '-审查问题清单.docx', findingsDocx(result())));
  $('rv-print').addEventListener('click', () => printFindings($('print-report'), result()));
  $('rv-outline').addEventListener('click', (e) => {
    const a = targetOf(e).closest<HTMLElement>('a[data-block]');
    if (!a) return;
    e.preventDefault();
    const el = document.getElementById('blk-' + a.dataset.block);
    if (el) {
      el.scrollIntoView({ block: 'start', behavior: smooth() });
    }
  });
  $('rv-doc').addEventListener('click', onDocClick);
  $('rv-findings').addEventListener('click', onListClick);
  $('rv-findings').addEventListener('change', onFilterChange);
  $('rv-findings').addEventListener('keydown', onListKey);
  document.addEventListener('keydown', onGlobalKey);
  initClaims();
  probeCorpus();
}

function sizeText(n: number) {
  return n >= 1048576 ? (n / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(n / 1024)) + ' KB';
}
function smooth() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Shows the corpus option only when the service has a stored corpus. */
async function probeCorpus() {
  const r = await api<{ total?: number }>('GET', '/v1/corpus?limit=1');
  if (!r.ok || typeof r.data.total !== 'number') return;
  $('rv-corpus-wrap').hidden = false;
  const box = field('rv-corpus');
  if (r.data.total > 0) $('rv-corpus-label').textContent = '与报告库中的 ' + r.data.total + ' 份报告比对';
  else {
    box.disabled = true;
    $('rv-corpus-label').textContent = '与报告库比对（报告库中还没有报告）';
  }
}

async function submit() {
  const errBox = $('rv-error');
  errBox.innerHTML = '';
  const text = field('rv-text').value;
  if (!S.file && !text.trim()) {
    showError(errBox, { code: 'NO_INPUT', message: '请先选择报告文件，或展开“粘贴报告全文”粘贴报告内容。' }, '还没有选择报告');
    return;
  }
  const against = Array.from(field('rv-against').files || []);
  const tooBig = [S.file, ...against].find((f) => f && f.size > MAX_UPLOAD_BYTES);
  if (tooBig) {
    showError(errBox, { code: 'FILE_TOO_LARGE', message: '文件“' + tooBig.name + '”超过 20 MB 上限：请压缩或拆分后再上传。' }, '文件太大');
    return;
  }
  const form = new FormData();
  if (S.file) form.append('file', S.file, S.file.name);
  else form.append('text', text);
  const figures = field('rv-figures').files?.[0];
  if (figures) form.append('figures', figures, figures.name);
  for (const f of against) form.append('against', f, f.name);
  if (field('rv-corpus').checked) form.append('corpus', 'true');

  const go = $<HTMLButtonElement>('rv-go');
  go.disabled = true;
  const name = S.file ? '“' + S.file.name + '”' : '粘贴的文本';
  const p = progress($('rv-progress'), '正在上传并检查' + name + '……');
  const analysing = '正在解析和检查' + name + (against.length ? '，并与 ' + against.length + ' 份参照报告比对' : '') + '……';
  let uploaded = false;
  try {
    const r = await api<{ documents?: CheckedDocument[]; figures?: { problems?: FigureProblem[] } }>('POST', '/v1/check?include=document', {
      form,
      onUpload: (x) => {
        if (x < 1) p.set('正在上传' + name + '（已传 ' + Math.round(x * 100) + '%）……', x);
        else if (!uploaded) {
          uploaded = true;
          p.set(analysing);
        }
      },
    });
    if (!uploaded) p.set(analysing);
    if (!r.ok) {
      showError(errBox, r.error, titleFor(r.error));
      return;
    }
    await loadCatalog(); // the names of the rules (fetched at start; again if that failed)
    const d = r.data.documents && r.data.documents[0];
    if (!d) {
      showError(errBox, { code: 'BAD_RESPONSE', message: '服务返回的内容无法识别，请稍后重试。' });
      return;
    }
    let doc = d.document;
    if (!doc) {
      // An older service without include=document: parse the same input separately.
      p.set('正在读取报告正文……');
      const f2 = new FormData();
      if (S.file) f2.append('file', S.file, S.file.name);
      else f2.append('text', text);
      const pr = await api<ReportDocument>('POST', '/v1/parse', { form: f2 });
      if (!pr.ok) {
        showError(errBox, pr.error, titleFor(pr.error));
        return;
      }
      doc = pr.data;
    }
    S.form = form;
    show(d, doc, { references: against.map((f) => f.name), figuresName: figures ? figures.name : null, seconds: p.elapsed(), figureProblems: (r.data.figures && r.data.figures.problems) || [] });
    // The 数字清单 of the same input, in its own view; it loads while the findings are read.
    const cf = new FormData();
    if (S.file) cf.append('file', S.file, S.file.name);
    else cf.append('text', text);
    if (figures) cf.append('figures', figures, figures.name);
    loadClaims(cf);
  } catch (err) {
    // Never leave a blank page: anything unexpected while drawing is reported here.
    console.error(err);
    showError(errBox, { code: 'CLIENT_ERROR', message: '页面显示结果时出错：' + messageOf(err) + '。请刷新页面后重试。' });
    $('rv-result').hidden = true;
    $('rv-form').hidden = false;
  } finally {
    p.stop();
    go.disabled = false;
  }
}

/**
 * The checked report with every finding as a Word comment, from the service: the same upload
 * (file or text, figures, references) is sent again with ?annotate=docx.
 */
async function downloadAnnotated() {
  const btn = $<HTMLButtonElement>('rv-dl-annotated'),
    box = $('rv-result-error');
  if (!S.form) return;
  const label = btn.textContent;
  btn.disabled = true;
  btn.textContent = '正在生成带批注的报告……';
  try {
    const res = await fetch('/v1/check?annotate=docx', { method: 'POST', body: S.form });
    if (!res.ok) {
      let error: ApiError | null = null;
      try {
        error = ((await res.json()) as { error?: ApiError }).error ?? null;
      } catch {
        error = null;
      }
      showError(box, error || { code: 'HTTP_' + res.status, message: '生成带批注的报告失败（HTTP ' + res.status + '），请稍后重试。' }, '没有生成带批注的报告');
      return;
    }
    const blob = await res.blob();
    download(fileNameFrom(res.headers.get('content-disposition')) || baseName(result().file) + '-批注.docx', blob);
  } catch (err) {
    showError(box, { code: 'NETWORK', message: '无法连接服务：' + messageOf(err) + '。请检查网络后重试。' }, '连接失败');
  } finally {
    btn.disabled = false;
    btn.textContent = label;
  }
}

/** The UTF-8 file name of a Content-Disposition header (filename*=UTF-8''…). */
function fileNameFrom(header: string | null) {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(header || '');
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

function titleFor(error: ApiError) {
  const c = String(error.code || '');
  if (/^(PDF_|DOCX_|DOC_|TEXT_DECODE|EMPTY_FILE|UNSUPPORTED_TYPE|TOO_MANY_PAGES|FILE_TOO_LARGE)/.test(c)) return '无法读取这个文件';
  if (c === 'INVALID_FIGURES') return '数据文件有问题';
  if (c === 'NETWORK' || c === 'TIMEOUT') return '连接失败';
  return '审查没有完成';
}

function show(d: CheckedDocument, doc: ReportDocument, extra: { references: string[]; figuresName: string | null; seconds: number; figureProblems: FigureProblem[] }) {
  const findings = (d.findings || []).slice().sort((a, b) => a.start - b.start || a.end - b.end);
  S.doc = doc;
  S.findings = findings;
  S.current = -1;
  S.hidden = { family: new Set(), severity: new Set() };
  const shown: ReviewResult = {
    file: d.file === 'text' ? '粘贴的文本' : d.file,
    title: d.title || doc.title,
    stats: d.stats || {},
    findings,
    references: extra.references,
    figuresName: extra.figuresName,
    checkedAt: new Date().toLocaleString('zh-CN', { hour12: false }),
  };
  S.result = shown;
  $('rv-title').innerHTML =
    esc(shown.title || shown.file) + '<small>' + esc(shown.file) + (doc.pageCount ? ' · ' + doc.pageCount + ' 页' : '') + ' · ' + doc.text.length + ' 字 · 用时 ' + extra.seconds + ' 秒</small>';
  const fp = extra.figureProblems || [];
  $('rv-result-error').innerHTML = fp.length
    ? '<div class="alert note" style="margin:8px 16px" role="status"><strong>数据文件“' +
      esc(extra.figuresName) +
      '”自身有 ' +
      fp.length +
      ' 处不一致</strong>（与报告无关，请先核对数据）：<ul>' +
      fp
        .slice(0, 8)
        .map((x) => '<li><span class="badge ' + esc(x.severity) + '">' + esc(severityLabel(x.severity)) + '</span> ' + esc(x.message) + '</li>')
        .join('') +
      '</ul></div>'
    : '';
  renderSummary();
  renderOutline();
  renderDocument();
  renderFindings();
  $('rv-form').hidden = true;
  $('rv-result').hidden = false;
  $('rv-docpane').scrollTop = 0;
  const first = document.querySelector<HTMLElement>('#rv-findings .fitem');
  (first || $('rv-docpane')).focus({ preventScroll: true });
}

/* ---------- summary strip ---------- */

function renderSummary() {
  const r = result(),
    s = r.stats;
  const dups = S.findings.filter((f) => familyOf(f.ruleId) === 'duplicate').length;
  const stat = (value: unknown, label: string, cls?: string) => '<div class="stat ' + (cls || '') + '"><b>' + esc(value) + '</b><span>' + esc(label) + '</span></div>';
  $('rv-summary').innerHTML =
    stat(S.findings.length, '发现问题') +
    stat(s.errors || 0, '错误', s.errors ? 'error' : '') +
    stat(s.warnings || 0, '警告', s.warnings ? 'warning' : '') +
    stat(s.infos || 0, '提示') +
    stat(dups, '重复或雷同段落', dups ? 'dup' : '') +
    stat(s.numbersFound || 0, '识别到的数字') +
    stat(s.numbersChecked || 0, '已核对的数字') +
    stat(r.figuresName ? s.numbersMatchedToFigures || 0 : '—', r.figuresName ? '与数据文件核对' : '与数据核对（未提供数据）') +
    (r.references.length ? stat(r.references.length, '参照报告：' + r.references.join('、')) : '');
}

/* ---------- outline ---------- */

function renderOutline() {
  const count = (span: { start: number; end: number }) => {
    let n = 0,
      err = false;
    for (const i of visibleIndexes()) {
      const f = S.findings[i]!;
      if (f.start >= span.start && f.start < span.end) {
        n++;
        if (f.severity === 'error') err = true;
      }
    }
    return n ? '<span class="n' + (err ? ' error' : '') + '" title="' + n + ' 处问题">' + n + '</span>' : '';
  };
  const tree = (list: Section[]): string =>
    '<ol>' +
    list
      .map(
        (s) =>
          '<li><a href="#blk-' +
          esc(s.blockId) +
          '" data-block="' +
          esc(s.blockId) +
          '"><span>' +
          esc(s.title) +
          '</span>' +
          count(s.span) +
          '</a>' +
          (s.children && s.children.length ? tree(s.children) : '') +
          '</li>',
      )
      .join('') +
    '</ol>';
  const doc = S.doc!;
  $('rv-outline').innerHTML = '<h2>章节目录</h2>' + (doc.sections.length ? tree(doc.sections) : '<p class="muted small">没有识别到章节标题。</p>');
}

/* ---------- document with highlights ---------- */

function renderDocument() {
  const doc = S.doc!,
    text = doc.text;
  const marks = buildMarks(S.findings);
  const levels: Record<string, number> = {};
  const walk = (list: Section[]): void =>
    list.forEach((s) => {
      levels[s.blockId] = s.level;
      walk(s.children || []);
    });
  walk(doc.sections);
  const firstSeen = new Set();
  const range = (s: number, e: number) =>
    segments(marks, s, e)
      .map((g) => {
        const t = esc(text.slice(g.s, g.e));
        if (!g.fs.length && !g.rs.length) return t;
        const rel = g.rs.length ? ' data-r="' + g.rs.join(' ') + '"' : '';
        if (!g.fs.length) return '<span class="seg rel"' + rel + '>' + t + '</span>';
        // Each finding's first segment carries its anchor (hl-i), the scroll target.
        const fresh = g.fs.filter((i) => !firstSeen.has(i));
        fresh.forEach((i) => firstSeen.add(i));
        const id = fresh.length ? ' id="hl-' + fresh[0] + '"' : '';
        const anchors = fresh
          .slice(1)
          .map((i) => '<span id="hl-' + i + '"></span>')
          .join('');
        return anchors + '<mark class="hl" data-f="' + g.fs.join(' ') + '"' + rel + id + '>' + t + '</mark>';
      })
      .join('');
  let html = '',
    page = null;
  for (const b of doc.blocks) {
    if (b.page && b.page !== page) {
      html += '<div class="page" aria-hidden="true">第 ' + b.page + ' 页</div>';
      page = b.page;
    }
    const s = b.span.start,
      e = b.span.end,
      id = ' id="blk-' + esc(b.id) + '" data-s="' + s + '"';
    if (b.kind === 'heading') {
      const lv = levels[b.id] || 0;
      html += '<div role="heading" aria-level="' + Math.min(6, lv + 2) + '" class="doc-h l' + Math.min(lv, 4) + '"' + id + '>' + range(s, e) + '</div>';
    } else if (b.kind === 'table-row') {
      const cells = cellSpans(text, s, e, b.cells);
      html += cells ? '<div class="trow"' + id + '>' + cells.map((c) => '<span>' + range(c.s, c.e) + '</span>').join('') + '</div>' : '<div class="trow plain"' + id + '>' + range(s, e) + '</div>';
    } else {
      html += '<p' + id + '>' + range(s, e) + '</p>';
    }
  }
  $('rv-doc').innerHTML = html || '<p class="muted">报告中没有可显示的文字。</p>';
  S.marks = qsa<MarkEl>('#rv-doc mark.hl');
  for (const m of S.marks) m.fs = (m.dataset.f || '').split(' ').map(Number);
  styleMarks();
  $('rv-legend').innerHTML =
    '<span>标记说明：</span>' +
    '<span><mark class="hl error fam-number">数字</mark> 错误</span><span><mark class="hl warning fam-number">数字</mark> 警告</span>' +
    '<span><mark class="hl info fam-usage">用法</mark> 提示</span>' +
    '<span><mark class="hl warning fam-duplicate">实线</mark> 重复段落</span><span><mark class="hl warning fam-number">双线</mark> 数字核对</span>' +
    '<span><mark class="hl warning fam-usage">波浪线</mark> 数字用法</span><span><span class="seg rel rel-active">紫色</span> 选中问题的另一处</span>';
}

/** Length of a finding's span (shorter ones are picked first where several overlap). */
const span = (i: number) => S.findings[i]!.end - S.findings[i]!.start;

function visibleIndexes(): number[] {
  return S.findings
    .map((f, i) => i)
    .filter((i) => {
      const f = S.findings[i];
      return !S.hidden.family.has(familyOf(f.ruleId)) && !S.hidden.severity.has(f.severity);
    });
}

/** Colours each mark by its most severe visible finding; marks of hidden findings go plain. */
function styleMarks() {
  const visible = new Set(visibleIndexes());
  for (const m of S.marks) {
    const shown = m.fs.filter((i) => visible.has(i));
    const fam = ['fam-duplicate', 'fam-number', 'fam-usage'];
    m.classList.remove('error', 'warning', 'info', 'off', 'multi', ...fam);
    if (!shown.length) {
      m.classList.add('off');
      m.removeAttribute('title');
      continue;
    }
    const top = shown
      .slice()
      .sort((a, b) => severityRank(S.findings[a].severity) - severityRank(S.findings[b].severity) || S.findings[a].end - S.findings[a].start - (S.findings[b].end - S.findings[b].start))[0];
    const f = S.findings[top];
    m.classList.add(f.severity, 'fam-' + familyOf(f.ruleId));
    if (shown.length > 1) m.classList.add('multi');
    m.title = shown.map((i) => severityLabel(S.findings[i].severity) + '：' + ruleLabel(S.findings[i].ruleId)).join('\n');
  }
}

/* ---------- findings list ---------- */

function renderFindings() {
  const all = S.findings;
  const famCount: Record<string, number> = {},
    sevCount: Record<string, number> = {};
  all.forEach((f) => {
    const fam = familyOf(f.ruleId);
    famCount[fam] = (famCount[fam] || 0) + 1;
    sevCount[f.severity] = (sevCount[f.severity] || 0) + 1;
  });
  const fams = familiesFor(Object.keys(famCount));
  const chip = (kind: 'family' | 'severity', id: string, label: string, n: number | undefined) =>
    '<label class="chip"><input type="checkbox" data-filter="' + kind + '" value="' + id + '"' + (S.hidden[kind].has(id) ? '' : ' checked') + '>' + esc(label) + ' ' + (n || 0) + '</label>';
  const visible = visibleIndexes();
  const vis = new Set(visible);
  let html =
    '<h2>问题清单（' +
    all.length +
    '）</h2>' +
    '<div class="filters"><fieldset><legend>类别</legend>' +
    fams.map((x) => chip('family', x.id, x.label, famCount[x.id])).join('') +
    '</fieldset>' +
    '<fieldset><legend>级别</legend>' +
    severitiesFor(Object.keys(sevCount))
      .map((x) => chip('severity', x.id, x.label, sevCount[x.id]))
      .join('') +
    '</fieldset></div>';
  S.list = [];
  if (!all.length)
    html += '<p class="empty">没有发现问题。<br><span class="small">已检查重复段落' + (result().stats.numbersChecked ? '，并核对了 ' + result().stats.numbersChecked + ' 个数字' : '') + '。</span></p>';
  else if (!visible.length) html += '<p class="empty">所选类别和级别下没有问题。</p>';
  for (const fam of fams) {
    const items = visible.filter((i) => familyOf(all[i].ruleId) === fam.id);
    if (!items.length) continue;
    html += '<section class="fgroup" aria-label="' + esc(fam.long) + '"><h3>' + esc(fam.label) + ' · ' + esc(fam.long) + ' <span class="count">' + items.length + '</span></h3><ol class="flist">';
    for (const i of items) {
      S.list.push(i);
      const f = all[i];
      const where = (f.path && f.path.length ? f.path[f.path.length - 1] : '') + (f.page ? ' · 第' + f.page + '页' : '');
      html +=
        '<li><button type="button" class="fitem ' +
        esc(f.severity) +
        '" data-i="' +
        i +
        '" id="fi-' +
        i +
        '" aria-current="' +
        (i === S.current) +
        '">' +
        '<span class="head"><span class="badge ' +
        esc(f.severity) +
        '">' +
        esc(severityLabel(f.severity)) +
        '</span><span class="rule">' +
        esc(ruleLabel(f.ruleId)) +
        '</span>' +
        '<span class="where" title="' +
        esc(placeText(f)) +
        '">' +
        esc(where) +
        '</span></span>' +
        '<span class="msg">' +
        esc(f.message) +
        '</span></button>' +
        (i === S.current ? inlineDetail(f) : '') +
        '</li>';
    }
    html += '</ol></section>';
  }
  html += '<p class="keys"><kbd>J</kbd> / <kbd>K</kbd> 或 <kbd>↓</kbd> / <kbd>↑</kbd> 逐条查看　<kbd>Enter</kbd> 打开对照　<kbd>Esc</kbd> 关闭</p>';
  $('rv-findings').innerHTML = html;
  if (!vis.has(S.current)) S.current = -1;
}

function inlineDetail(f: Finding) {
  const fam = familyOf(f.ruleId);
  const same = (f.related || []).some(sameDocument);
  return (
    '<div class="fdetail">' +
    (fam !== 'duplicate' ? calcHtml(f) : '') +
    (f.fix ? '<div class="fix"><b>修改建议：</b>' + esc(f.fix) + '</div>' : '') +
    '<div class="actions"><button type="button" class="btn small primary" data-open="' +
    S.findings.indexOf(f) +
    '">' +
    (fam === 'duplicate' ? '对照查看两处文字' : '查看详情') +
    '（Enter）</button>' +
    (same ? '<button type="button" class="btn small" data-rel="' + S.findings.indexOf(f) + '">定位' + (fam === 'duplicate' ? '另一处' : '相关数字') + '</button>' : '') +
    '</div></div>'
  );
}

/** Selects a finding: list item, inline detail, highlight, and scrolls the document to it. */
function select(i: number, opts: { focus?: boolean; scroll?: boolean } = {}) {
  S.current = i;
  for (const el of qsa('#rv-findings .fitem[aria-current="true"]')) el.setAttribute('aria-current', 'false');
  for (const el of qsa('#rv-findings .fdetail')) el.remove();
  const item = document.getElementById('fi-' + i);
  if (item) {
    item.setAttribute('aria-current', 'true');
    item.insertAdjacentHTML('afterend', inlineDetail(S.findings[i]!));
    if (opts.focus !== false) item.focus({ preventScroll: true });
    item.parentElement?.scrollIntoView({ block: 'nearest' });
  }
  for (const el of qsa('#rv-doc .active')) el.classList.remove('active');
  for (const el of qsa('#rv-doc .rel-active')) el.classList.remove('rel-active');
  for (const el of qsa('#rv-doc mark.hl[data-f~="' + i + '"]')) el.classList.add('active');
  for (const el of qsa('#rv-doc [data-r~="' + i + '"]')) el.classList.add('rel-active');
  if (opts.scroll !== false) scrollToFinding(i);
}

function scrollToFinding(i: number) {
  const f = S.findings[i]!;
  let el: HTMLElement | null = document.getElementById('hl-' + i);
  if (!el) {
    // A finding outside every block: scroll to the block around it.
    el = qsa('#rv-doc [data-s]').reduce<HTMLElement | null>((best, b) => (Number(b.dataset.s) <= f.start ? b : best), null);
  }
  if (el) el.scrollIntoView({ block: 'center', behavior: smooth() });
}

function locateRelated(i: number, k: number) {
  const f = S.findings[i]!;
  const r = (f.related || [])[k];
  if (!r || !sameDocument(r)) return;
  select(i, { scroll: false, focus: false });
  const el = qsa('#rv-doc [data-r~="' + i + '"]')[0] || qsa('#rv-doc [data-s]').reduce<HTMLElement | null>((best, b) => (Number(b.dataset.s) <= r.start ? b : best), null);
  if (el) el.scrollIntoView({ block: 'center', behavior: smooth() });
}

function openCurrent() {
  if (S.current < 0) return;
  const pos = S.list.indexOf(S.current);
  if (pos < 0) return;
  openDetail($<HTMLDialogElement>('detail'), {
    findings: S.findings,
    list: S.list,
    pos,
    onMove: (p) => select(S.list[p], { focus: false }),
    onLocate: (i, k) => locateRelated(i, k),
  });
}

function move(d: number) {
  if (!S.list.length) return;
  let pos = S.list.indexOf(S.current);
  pos = pos < 0 ? (d > 0 ? 0 : S.list.length - 1) : Math.min(S.list.length - 1, Math.max(0, pos + d));
  select(S.list[pos]!);
}

function onListClick(e: Event) {
  const open = targetOf(e).closest<HTMLElement>('[data-open]');
  if (open) {
    select(Number(open.dataset.open), { scroll: false });
    openCurrent();
    return;
  }
  const rel = targetOf(e).closest<HTMLElement>('[data-rel]');
  if (rel) {
    locateRelated(Number(rel.dataset.rel), (S.findings[Number(rel.dataset.rel)]!.related || []).findIndex(sameDocument));
    return;
  }
  const item = targetOf(e).closest<HTMLElement>('.fitem');
  if (item) select(Number(item.dataset.i));
}

function onListKey(e: KeyboardEvent) {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const item = targetOf(e).closest<HTMLElement>('.fitem');
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    move(1);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    move(-1);
  } else if (e.key === 'Enter' && item) {
    e.preventDefault();
    select(Number(item.dataset.i), { focus: false });
    openCurrent();
  }
}

function onGlobalKey(e: KeyboardEvent) {
  if ($('rv-result').hidden || $('panel-review').hidden || $<HTMLDialogElement>('detail').open) return;
  if (e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
  if (targetOf(e).closest('#rv-findings') && (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter')) return;
  if (e.key === 'j') {
    e.preventDefault();
    move(1);
  } else if (e.key === 'k') {
    e.preventDefault();
    move(-1);
  } else if (e.key === 'Enter' && S.current >= 0 && (e.target === document.body || targetOf(e).closest('#rv-docpane'))) {
    e.preventDefault();
    openCurrent();
  }
}

function onDocClick(e: Event) {
  const m = targetOf(e).closest<MarkEl>('mark.hl');
  if (!m || m.classList.contains('off')) return;
  const visible = new Set(visibleIndexes());
  const ids = m.fs.filter((i) => visible.has(i)).sort((a, b) => span(a) - span(b));
  if (!ids.length) return;
  // Clicking again on a place with several findings steps through them.
  const at = ids.indexOf(S.current);
  select(at >= 0 ? ids[(at + 1) % ids.length]! : ids[0]!, { scroll: false });
}

function onFilterChange(e: Event) {
  const box = targetOf(e).closest<HTMLInputElement>('input[data-filter]');
  if (!box) return;
  const kind = box.dataset.filter === 'severity' ? 'severity' : 'family';
  const set = S.hidden[kind];
  if (box.checked) set.delete(box.value);
  else set.add(box.value);
  const cur = S.current;
  renderFindings();
  styleMarks();
  renderOutline();
  const again = document.querySelector<HTMLElement>('#rv-findings input[data-filter="' + kind + '"][value="' + CSS.escape(box.value) + '"]');
  if (again) again.focus();
  if (cur >= 0 && S.list.includes(cur)) select(cur, { scroll: false, focus: false });
  else for (const el of qsa('#rv-doc .active, #rv-doc .rel-active')) el.classList.remove('active', 'rel-active');
}
