// The app and /openapi.json work in a process that built the model's and the drafter's zod schemas
// before it built the app (the CLI, or a test worker shared by many files): zod copies methods onto a
// schema when it is built, so those schemas have no `.openapi` of their own (see `named`).
import { expect, it } from 'vitest';
import { DraftRequest } from '../draft';

it('builds the app and its /openapi.json after the schemas it names were built', async () => {
  expect(DraftRequest).toBeDefined(); // built first, before the app
  const { createApp } = await import('../app');
  const app = createApp({ extractPdf: () => Promise.reject(new Error('unused')) });
  const spec = (await (await app.request('/openapi.json')).json()) as { components: { schemas: Record<string, unknown> } };
  expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['DraftRequest', 'Figures', 'Section', 'ReportDocument']));
});
