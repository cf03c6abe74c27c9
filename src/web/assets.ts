import { Hono } from 'hono';
import { CLIENT_JS } from './client-bundle.gen';
import { APP_CSS } from './styles';

const JS = 'text/javascript; charset=utf-8';

/**
 * Every file the page loads, by name under /assets/. Nothing comes from a CDN. app.js is the
 * page's TypeScript (src/web/client/*.ts) bundled by scripts/build-client.mjs, which writes
 * client-bundle.gen.ts (`npm ci`, `npm start`, `npm run typecheck`, the tests and `wrangler dev` run it).
 */
export const ASSETS: Record<string, { type: string; body: string }> = {
  'app.css': { type: 'text/css; charset=utf-8', body: APP_CSS },
  'app.js': { type: JS, body: CLIENT_JS },
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
