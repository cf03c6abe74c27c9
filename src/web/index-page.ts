import { DRAFT_MARKUP } from './draft-markup';
import { REVIEW_MARKUP } from './review-markup';

/**
 * The web page at `/`: two tabs, 审查 (review a report) and 起草 (draft sections). The
 * stylesheet and scripts are served by the app itself under /assets/ (see assets.ts):
 * nothing is loaded from elsewhere, so the page works on an intranet without internet.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>绩效自评报告助手 — 审查与起草</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header class="top">
  <div class="brand"><span class="seal" aria-hidden="true">绩</span><div><h1>绩效自评报告助手</h1><p>部门整体支出绩效自评报告 · 审查与起草</p></div></div>
  <nav class="tabs" role="tablist" aria-label="功能">
    <button type="button" role="tab" id="tab-review" aria-controls="panel-review" aria-selected="true">审查报告</button>
    <button type="button" role="tab" id="tab-draft" aria-controls="panel-draft" aria-selected="false" tabindex="-1">起草章节</button>
  </nav>
  <div class="links"><a href="/docs">接口文档</a></div>
</header>
<noscript><div class="alert error" style="margin:20px"><strong>需要启用 JavaScript</strong>此页面需要浏览器启用 JavaScript 才能上传和显示报告。请在浏览器设置中允许本站运行脚本后刷新页面。</div></noscript>
<div id="boot-error" role="alert"></div>
<main id="main">
${REVIEW_MARKUP}
${DRAFT_MARKUP}
</main>
<dialog id="detail" class="detail" aria-modal="true"></dialog>
<section id="print-report" aria-hidden="true"></section>
<script>
/* If the page scripts cannot load (old browser, blocked files), say so instead of leaving a dead page. */
window.addEventListener('error', function (e) {
  if (window.__jxReady) return;
  var box = document.getElementById('boot-error');
  if (box) box.innerHTML = '<div class="alert error" style="margin:16px 20px"><strong>页面没有正常加载</strong>脚本加载失败（' + String(e.message || '未知错误').replace(/[<>&]/g, '') + '）。请使用新版 Chrome、Edge 或 Firefox 浏览器，并刷新页面。</div>';
}, true);
setTimeout(function () {
  if (window.__jxReady) return;
  var box = document.getElementById('boot-error');
  if (box && !box.innerHTML) box.innerHTML = '<div class="alert error" style="margin:16px 20px"><strong>页面没有正常加载</strong>页面脚本未能运行：请使用新版 Chrome、Edge 或 Firefox 浏览器（不支持 IE），并刷新页面。</div>';
}, 8000);
</script>
</body></html>`;
