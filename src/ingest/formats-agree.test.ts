import { describe, expect, it } from 'vitest';
import { SEED_IDS, seedBytes, seedOutline } from '../../test/seeds';
import type { ReportDocument, Section } from '../model/document';
import { ingestBytes } from './ingest';
import { nodeCMapSource } from './pdf/cmaps-node';
import { extractPdf } from './pdf/extract-pdf';

const cmaps = nodeCMapSource();
const ingest = (bytes: Uint8Array) => ingestBytes(bytes, (b) => extractPdf(b, { cmaps }));

const outline = (doc: ReportDocument) => {
  const out: Array<{ level: number; title: string }> = [];
  const walk = (list: Section[]) => list.forEach((s) => (out.push({ level: s.level, title: s.title }), walk(s.children)));
  walk(doc.sections);
  return out;
};
const blockTexts = (doc: ReportDocument) => doc.blocks.map((b) => `${b.kind}:${doc.text.slice(b.span.start, b.span.end)}`);

describe.each(SEED_IDS)('seed %s in TXT, DOCX and PDF', (id) => {
  const docs = Promise.all((['txt', 'docx', 'pdf'] as const).map((f) => ingest(seedBytes(id, f))));

  it('gives the hand-written outline in every format', async () => {
    const [txt, docx, pdf] = await docs;
    const expected = seedOutline(id);
    expect(outline(txt!)).toEqual(expected);
    expect(outline(docx!)).toEqual(expected);
    expect(outline(pdf!)).toEqual(expected);
  });

  it('gives the same blocks and paragraph texts in every format', async () => {
    const [txt, docx, pdf] = await docs;
    expect(blockTexts(docx!)).toEqual(blockTexts(txt!));
    expect(blockTexts(pdf!)).toEqual(blockTexts(txt!));
    expect(docx!.id).toBe(txt!.id);
    expect(pdf!.id).toBe(txt!.id);
  });

  it('records formats and pages', async () => {
    const [txt, docx, pdf] = await docs;
    expect([txt!.format, docx!.format, pdf!.format]).toEqual(['txt', 'docx', 'pdf']);
    expect(pdf!.pageCount).toBeGreaterThan(1);
    expect(pdf!.blocks.every((b) => b.page !== undefined)).toBe(true);
  });
});
