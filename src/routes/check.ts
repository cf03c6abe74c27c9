import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { checkReports, checkResultJson } from '../core/check-report';
import { createCorpusLookup } from '../corpus/lookup';
import { readUpload } from '../http/read-upload';
import { ingestUpload, requestFigures, requestReferences, wantsCorpus } from '../http/report-input';
import { annotatedDocxResponse, wantsAnnotatedDocx } from './annotated-docx';
import { checkRoute } from './check-api';
import { openapiRoute } from './openapi-route';

/**
 * POST /v1/check — a report (file or text), optional reference reports
 * (`against`) and figures; the same JSON as `jixiao check --format json` (both from
 * checkReport in src/core), or with `?annotate=docx` the report as a .docx with the
 * findings as Word comments.
 */
export function checkRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, checkRoute, async (c) => {
    const annotate = wantsAnnotatedDocx(c.req.query('annotate'));
    const { upload, form, json } = await readUpload(c);
    const extractPdf = c.get('deps').extractPdf;
    const doc = await ingestUpload(upload, extractPdf);
    const references = requestReferences(form, json, extractPdf);
    const figures = requestFigures(form, json);
    const file = upload.kind === 'bytes' ? (upload.name ?? 'report') : 'text';
    const corpus = wantsCorpus(form, json) ? createCorpusLookup(c.env.DB) : undefined;
    const run = await checkReports({ reports: [{ file, doc }], references: await references, figures: await figures, corpus });
    const checked = run.reports[0]!;
    if (annotate && 'result' in checked) return annotatedDocxResponse(upload, doc, checked.result.findings);
    // `?include=document` adds the parsed document (what /v1/parse returns), so the web page needs one request.
    const includeDocument = (c.req.query('include') ?? '').split(',').includes('document');
    return c.json(checkResultJson(run, { includeDocument }));
  });
  return app;
}
