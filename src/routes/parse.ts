import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { readUpload } from '../http/read-upload';
import { ingestBytes, ingestText } from '../ingest/ingest';

/** POST /v1/parse — a report file or text in, a ReportDocument out. */
export function parseRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.post('/v1/parse', async (c) => {
    const { upload } = await readUpload(c);
    const extractPdf = c.get('deps').extractPdf;
    const doc = upload.kind === 'text' ? await ingestText(upload.text) : await ingestBytes(upload.bytes, extractPdf);
    return c.json(doc);
  });
  return app;
}
