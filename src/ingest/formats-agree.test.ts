import { describe, expect, it } from 'vitest';
import { blockTexts, outline, SEED_IDS, seedBytes, seedOutline } from '../../test/seeds';
import { ingestBytes } from './ingest';
import { nodeCMapSource } from './pdf/cmaps-node';
import { extractPdf } from './pdf/extract-pdf';

const cmaps = nodeCMapSource();
const ingest = (bytes: Uint8Array) => ingestBytes(bytes, (b) => extractPdf(b, { cmaps }));

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
