import { Hono } from 'hono';
import { CLAIMS_JS } from './client/claims';
import { CORE_JS } from './client/core';
import { DECIMAL_JS } from './client/decimal';
import { DETAIL_JS } from './client/detail';
import { DRAFT_JS } from './client/draft';
import { EXPORT_JS } from './client/export';
import { FIGURES_FORM_JS } from './client/figures-form';
import { MAIN_JS } from './client/main';
import { MARKS_JS } from './client/marks';
import { REVIEW_JS } from './client/review';
import { SSE_JS } from './client/sse';
import { APP_CSS } from './styles';

const JS = 'text/javascript; charset=utf-8';

/** Every file the page loads, by name under /assets/. Nothing comes from a CDN. */
export const ASSETS: Record<string, { type: string; body: string }> = {
  'app.css': { type: 'text/css; charset=utf-8', body: APP_CSS },
  'main.js': { type: JS, body: MAIN_JS },
  'core.js': { type: JS, body: CORE_JS },
  'marks.js': { type: JS, body: MARKS_JS },
  'detail.js': { type: JS, body: DETAIL_JS },
  'export.js': { type: JS, body: EXPORT_JS },
  'review.js': { type: JS, body: REVIEW_JS },
  'claims.js': { type: JS, body: CLAIMS_JS },
  'decimal.js': { type: JS, body: DECIMAL_JS },
  'figures-form.js': { type: JS, body: FIGURES_FORM_JS },
  'sse.js': { type: JS, body: SSE_JS },
  'draft.js': { type: JS, body: DRAFT_JS },
};

/** A short content hash, so browsers revalidate cheaply and never run a stale mix of files. */
function etagOf(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
  return `"${(h >>> 0).toString(16)}-${body.length}"`;
}

const ETAGS = Object.fromEntries(Object.entries(ASSETS).map(([name, a]) => [name, etagOf(a.body)]));

/** GET /assets/:name — the page's stylesheet and scripts. */
export function assetRoutes() {
  const app = new Hono();
  app.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const asset = ASSETS[name];
    if (!asset) return c.notFound();
    const etag = ETAGS[name]!;
    const headers = { 'content-type': asset.type, etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(asset.body, 200, headers);
  });
  return app;
}
