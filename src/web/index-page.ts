/** The web page at `/`: upload or paste a report and see how Jixiao reads it. Every asset is inline. */
export const INDEX_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Jixiao 绩效自评报告助手</title>
<style>
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#1f2933;background:#f5f6f8}
header{background:#8c1c13;color:#fff;padding:12px 24px;display:flex;align-items:baseline;gap:16px}
header h1{font-size:20px;margin:0}header a{color:#fde8e6;font-size:14px}
main{display:grid;grid-template-columns:minmax(260px,340px) 1fr;gap:16px;padding:16px 24px;max-width:1600px;margin:0 auto}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:14px}
label{display:block;font-weight:600;margin:10px 0 4px}
textarea{width:100%;height:160px;font:inherit;font-size:13px}
button{background:#8c1c13;color:#fff;border:0;border-radius:4px;padding:8px 18px;font:inherit;cursor:pointer}
button:disabled{opacity:.5}
#status{margin-top:10px;min-height:1.5em}
.error{color:#a61b1b;background:#fdecea;border:1px solid #f5c2bd;padding:8px;border-radius:4px}
#outline ol{padding-left:18px;margin:4px 0}#outline li{margin:2px 0;cursor:pointer}#outline li:hover{color:#8c1c13}
#doc .heading{font-weight:700;margin:14px 0 6px}
#doc .paragraph{text-indent:2em;line-height:1.8;margin:4px 0}
#doc .table-row{font-family:monospace;background:#f3f4f6;padding:2px 6px;margin:2px 0;white-space:pre-wrap}
.meta{color:#52606d;font-size:13px}.pg{color:#9aa5b1;font-size:12px;margin-left:6px}
@media (max-width:900px){main{grid-template-columns:1fr}}
</style></head>
<body>
<header><h1>Jixiao 绩效自评报告助手</h1><a href="/docs">API 文档</a></header>
<main>
<section class="card">
  <form id="form">
    <label for="file">上传报告（PDF / Word .docx / TXT）</label>
    <input id="file" name="file" type="file" accept=".pdf,.docx,.txt,application/pdf,text/plain">
    <label for="text">或粘贴报告全文</label>
    <textarea id="text" name="text" placeholder="把报告全文粘贴到这里……"></textarea>
    <p><button id="go" type="submit">解析报告</button></p>
  </form>
  <div id="status" role="status" aria-live="polite"></div>
  <nav id="outline" aria-label="章节目录"></nav>
</section>
<section class="card"><div id="meta" class="meta">上传或粘贴报告后，这里会按章节显示解析结果。</div><article id="doc"></article></section>
</main>
<script>
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (ch) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[ch]));
$('form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const file = $('file').files[0];
  const text = $('text').value;
  if (!file && !text.trim()) { showError('请先选择文件或粘贴报告全文。'); return; }
  $('go').disabled = true; $('status').textContent = '正在解析……';
  try {
    const res = file
      ? await fetch('/v1/parse', { method: 'POST', body: (() => { const f = new FormData(); f.append('file', file); return f; })() })
      : await fetch('/v1/parse', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = await res.json().catch(() => null);
    if (!res.ok) { showError(body && body.error ? body.error.message + '（' + body.error.code + '）' : '服务暂时不可用（HTTP ' + res.status + '）。'); return; }
    render(body); $('status').textContent = '';
  } catch (err) { showError('无法连接服务，请检查网络后重试。'); }
  finally { $('go').disabled = false; }
});
function showError(msg) { $('status').innerHTML = '<div class="error">' + esc(msg) + '</div>'; }
function render(doc) {
  const fmt = { pdf: 'PDF', docx: 'Word', txt: '文本' }[doc.format] || doc.format;
  $('meta').innerHTML = '<b>' + esc(doc.title) + '</b><br>' + [doc.department && ('部门：' + esc(doc.department)), doc.year && ('年度：' + doc.year), '格式：' + fmt, doc.pageCount && ('页数：' + doc.pageCount), '段落：' + doc.blocks.length, '字数：' + doc.text.length].filter(Boolean).join('　');
  const tree = (list) => '<ol>' + list.map((s) => '<li data-block="' + esc(s.blockId) + '">' + esc(s.title) + (s.children.length ? tree(s.children) : '') + '</li>').join('') + '</ol>';
  $('outline').innerHTML = doc.sections.length ? '<label>章节目录</label>' + tree(doc.sections) : '';
  $('doc').innerHTML = doc.blocks.map((b) => '<div id="' + esc(b.id) + '" class="' + esc(b.kind) + '">' + esc(doc.text.slice(b.span.start, b.span.end)) + (b.page ? '<span class="pg">第' + b.page + '页</span>' : '') + '</div>').join('');
}
$('outline').addEventListener('click', (e) => {
  const li = e.target.closest('li[data-block]');
  if (li) { e.stopPropagation(); document.getElementById(li.dataset.block)?.scrollIntoView({ behavior: 'smooth', block: 'start' }); }
});
</script></body></html>`;
