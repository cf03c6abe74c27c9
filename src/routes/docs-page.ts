import { Hono } from 'hono';
import type { AppEnv } from '../app';

/** GET /docs — a self-contained API reference rendered from /openapi.json (no CDN). */
export function docsRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/docs', (c) => c.html(DOCS_HTML));
  return app;
}

const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Jixiao API 文档</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2933;background:#f7f8fa}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:24px}h2{font-size:18px;margin-top:32px}
.op{background:#fff;border:1px solid #d9dee4;border-radius:6px;margin:16px 0;padding:12px 16px}
.m{display:inline-block;min-width:56px;text-align:center;font-weight:700;border-radius:4px;padding:2px 6px;color:#fff;margin-right:8px}
.get{background:#2f6fb3}.post{background:#2f8f5b}.delete{background:#b3402f}
code,pre{font-family:"Noto Sans Mono",monospace;font-size:13px}
pre{background:#f0f2f5;padding:8px;overflow:auto;max-height:360px}
table{border-collapse:collapse}td,th{border:1px solid #d9dee4;padding:4px 8px;text-align:left;vertical-align:top}
</style></head><body><main>
<h1>Jixiao API 文档</h1>
<p>机器可读的描述见 <a href="/openapi.json">/openapi.json</a>（OpenAPI 3.1）。所有错误均为 <code>{"error":{"code":"…","message":"中文说明"}}</code>。</p>
<div id="ops">正在加载……</div>
</main>
<script>
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (ch) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[ch]));
fetch('/openapi.json').then((r) => r.json()).then((doc) => {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const [method, op] of Object.entries(item)) {
      const body = op.requestBody ? Object.keys(op.requestBody.content || {}).map((t) => '<code>' + esc(t) + '</code>').join('、') : '无';
      const rows = Object.entries(op.responses || {}).map(([code, r]) => '<tr><td>' + esc(code) + '</td><td>' + esc(r.description) + '</td></tr>').join('');
      out.push('<section class="op"><h2><span class="m ' + esc(method) + '">' + esc(method.toUpperCase()) + '</span><code>' + esc(path) + '</code> ' + esc(op.summary) + '</h2>' +
        '<p>' + esc(op.description || '') + '</p><p>请求体：' + body + '</p><table><tr><th>状态码</th><th>说明</th></tr>' + rows + '</table></section>');
    }
  }
  out.push('<h2>数据结构</h2>');
  for (const [name, schema] of Object.entries((doc.components || {}).schemas || {})) {
    out.push('<details class="op"><summary><b>' + esc(name) + '</b> ' + esc(schema.description || '') + '</summary><pre>' + esc(JSON.stringify(schema, null, 2)) + '</pre></details>');
  }
  document.getElementById('ops').innerHTML = out.join('');
}).catch(() => { document.getElementById('ops').textContent = '无法加载 /openapi.json'; });
</script></body></html>`;
