/** The page's entry (bundled as /assets/app.js): tabs (审查 / 起草, also #review / #draft in the address) and start-up. */
import { $, errorHtml } from './core';
import { initDraft } from './draft';
import { loadCatalog } from './labels';
import { initReview } from './review';

declare global {
  interface Window {
    /** Set once the page is running; the inline guard in index-page.ts reports a page that never got here. */
    __jxReady?: boolean;
  }
}

type TabKey = 'review' | 'draft';
const TABS: Array<[string, string, TabKey]> = [
  ['tab-review', 'panel-review', 'review'],
  ['tab-draft', 'panel-draft', 'draft'],
];

function activate(name: TabKey, focus?: boolean) {
  for (const [tab, panel, key] of TABS) {
    const on = key === name;
    $(tab).setAttribute('aria-selected', String(on));
    $(tab).tabIndex = on ? 0 : -1;
    $(panel).hidden = !on;
    if (on && focus) $(tab).focus();
  }
  if (location.hash !== '#' + name) history.replaceState(null, '', '#' + name);
}

function initTabs() {
  for (const [tab, , key] of TABS) $(tab).addEventListener('click', () => activate(key));
  document.querySelector<HTMLElement>('.tabs')!.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const i = TABS.findIndex(([tab]) => $(tab).getAttribute('aria-selected') === 'true');
    activate(TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]![2], true);
  });
  activate(location.hash === '#draft' ? 'draft' : 'review');
}

const messageOf = (err: unknown) => (err instanceof Error && err.message ? err.message : String(err));

/** Anything unexpected later on is shown at the top of the page too, never swallowed into a dead page. */
function reportUnexpected(err: unknown) {
  console.error(err);
  $('boot-error').innerHTML =
    '<div style="margin:8px 20px">' + errorHtml({ code: 'CLIENT_ERROR', message: '页面出现意外错误：' + messageOf(err) + '。已填写的内容仍在；如操作没有反应，请刷新页面后重试。' }, '出错了') + '</div>';
}
window.addEventListener('unhandledrejection', (e) => reportUnexpected(e.reason));
window.addEventListener('error', (e) => {
  if (window.__jxReady && e.error) reportUnexpected(e.error);
});

try {
  // Rule, family and severity names come from the service; the page works (with ids) without them.
  void loadCatalog();
  initTabs();
  initReview();
  initDraft();
  window.__jxReady = true;
} catch (err) {
  console.error(err);
  $('boot-error').innerHTML = errorHtml({ code: 'CLIENT_ERROR', message: '页面初始化失败：' + messageOf(err) + '。请刷新页面；如仍出现，请联系管理员。' }, '页面没有正常加载');
}
