/**
 * Hostile and oversized input: each probe gets its code (or a bounded, correct answer) in well
 * under the generous time bound asserted here; `npm run bench` prints the real figures.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkOne } from '../core/check-report';
import { parseDraftInput } from '../draft';
import { JixiaoError } from '../errors';
import { ingestBytes, ingestText } from '../ingest/ingest';
import { nodeCMapSource } from '../ingest/pdf/cmaps-node';
import { extractPdf } from '../ingest/pdf/extract-pdf';
import { LIMITS } from '../limits';
import { seedRequest } from '../draft/test-requests';
import { validateFigures } from '../core/figures';
import { deflatedFill, documentXml, makeDocx, makePdf, nearIdenticalParagraphs, onePagePdf, streamObject, W } from './make-files';
import { deflateSync } from 'node:zlib';
import { cpuMs } from '../../test/cpu-clock';

const BOUND_MS = 10_000;
const cmaps = nodeCMapSource();
const pdf = (b: Uint8Array) => extractPdf(b, { cmaps });

/** The error code `fn` fails with (or 'ok'), and how long it took. */
async function outcome(fn: () => Promise<unknown> | unknown): Promise<{ code: string; ms: number; value?: unknown }> {
  const t0 = cpuMs();
  try {
    const value = await fn();
    return { code: 'ok', ms: cpuMs() - t0, value };
  } catch (err) {
    if (!(err instanceof JixiaoError)) throw err;
    return { code: err.code, ms: cpuMs() - t0 };
  }
}

describe('decompression bombs', () => {
  it('DOCX whose document.xml admits 40 MB inflated: refused from the central directory', async () => {
    const bomb = makeDocx({ name: 'word/document.xml', deflated: { bytes: deflatedFill(40 * 1024 * 1024), declaredSize: 40 * 1024 * 1024 } });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const r = await outcome(() => ingestBytes(bomb, pdf));
    expect(r.code).toBe('DOCX_TOO_LARGE_INFLATED');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('DOCX whose document.xml lies (declares 1 KB, inflates to 40 MB): stopped while inflating', async () => {
    const bomb = makeDocx({ name: 'word/document.xml', deflated: { bytes: deflatedFill(40 * 1024 * 1024), declaredSize: 1024 } });
    const r = await outcome(() => ingestBytes(bomb, pdf));
    expect(r.code).toBe('DOCX_TOO_LARGE_INFLATED');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('DOCX with many parts each under the part limit but together over the total: refused', async () => {
    const part = deflatedFill(10 * 1024 * 1024);
    const extra = [1, 2, 3, 4].map((i) => ({ name: `word/header${i}.xml`, deflated: { bytes: part, declaredSize: 100 } }));
    const r = await outcome(() => ingestBytes(makeDocx(documentXml(['正文']), extra), pdf));
    expect(r.code).toBe('DOCX_TOO_LARGE_INFLATED');
  });

  it('PDF whose page content inflates to 24 MB (over the 20 MB stream limit): refused before pdf.js decodes it', async () => {
    const bomb = onePagePdf(streamObject('/Filter /FlateDecode', deflatedFill(24 * 1024 * 1024, 0x20, true)));
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const r = await outcome(() => ingestBytes(bomb, pdf));
    expect(r.code).toBe('PDF_STREAM_TOO_LARGE');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('a normal Flate-compressed PDF page still reads', async () => {
    const content = Buffer.from('BT /F1 12 Tf 72 720 Td (Budget execution report) Tj ET', 'latin1');
    const ok = onePagePdf(streamObject('/Filter /FlateDecode', new Uint8Array(deflateSync(content))));
    const doc = await ingestBytes(ok, pdf);
    expect(doc.text).toContain('Budget execution report');
  });
});

describe('XML and PDF structure', () => {
  it('DOCX with entity expansion (billion laughs): entities are not expanded, no stall', async () => {
    const defs = ['<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    const docx = makeDocx(documentXml(['报告正文第一段。', '&l9;'], `<!DOCTYPE w:document [${defs}]>`));
    const r = await outcome(() => ingestBytes(docx, pdf));
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(['ok', 'DOCX_CORRUPT', 'REPORT_TOO_LONG']).toContain(r.code);
    if (r.code === 'ok') expect((r.value as { text: string }).text.length).toBeLessThan(10_000);
  });

  it('DOCX nested 50,000 elements deep: an answer (text or DOCX_CORRUPT), no crash', async () => {
    const deep = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>开头</w:t></w:r></w:p>${'<w:sdt><w:sdtContent>'.repeat(50_000)}${'</w:sdtContent></w:sdt>'.repeat(50_000)}</w:body></w:document>`;
    const r = await outcome(() => ingestBytes(makeDocx(deep), pdf));
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(['ok', 'DOCX_CORRUPT']).toContain(r.code);
  });

  it('DOCX pointing at an external image and an external hyperlink: nothing is fetched', async () => {
    let requests = 0;
    const server = createServer((_, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:hyperlink r:id="rId2"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p><w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:link="rId3"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing><w:t>图后文字</w:t></w:r></w:p></w:body></w:document>`;
      const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}link" TargetMode="External"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}image.png" TargetMode="External"/></Relationships>`;
      const doc = await ingestBytes(makeDocx(xml, [{ name: 'word/_rels/document.xml.rels', data: rels }]), pdf);
      expect(doc.text).toContain('图后文字');
      await new Promise((r) => setTimeout(r, 200));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('PDF whose page tree is cyclic (Pages → Kids → itself): a code, no hang', async () => {
    const cyclic = makePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
    const r = await outcome(() => ingestBytes(cyclic, pdf));
    expect(['PDF_CORRUPT', 'PDF_NO_TEXT']).toContain(r.code);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('PDF with an object referring to itself and a content array nested 100,000 deep: a code, no hang', async () => {
    const deep = Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)} BT /F1 12 Tf 72 720 Td (x) Tj ET`, 'latin1');
    const bad = makePdf([
      '<< /Type /Catalog /Pages 2 0 R /Loop 6 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      streamObject('', new Uint8Array(deep)),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Self 6 0 R /Length 6 0 R >>',
    ]);
    const r = await outcome(() => ingestBytes(bad, pdf));
    expect(['ok', 'PDF_CORRUPT', 'PDF_NO_TEXT']).toContain(r.code);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });
});

describe('oversized text and numbers', () => {
  it(`a 5.3 M-character text: REPORT_TOO_LONG at once (limit ${LIMITS.reportChars})`, async () => {
    const r = await outcome(() => ingestText('我部门认真贯彻落实各项决策部署。'.repeat(330_000)));
    expect(r.code).toBe('REPORT_TOO_LONG');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('a report of 250,000 digits in one number: NUMBER_TOO_LONG', async () => {
    const r = await outcome(() => ingestText(`全年执行数${'9'.repeat(250_000)}万元。`));
    expect(r.code).toBe('NUMBER_TOO_LONG');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('a number just within the digit limit is checked normally and quickly', async () => {
    const doc = await ingestText(`全年执行数${'9'.repeat(LIMITS.numberDigits)}万元，预算数1,234.56万元。`);
    const r = await outcome(() => checkOne({ doc }));
    expect(r.code).toBe('ok');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('figures with a 1,000,000-digit execution: NUMBER_TOO_LONG naming the field', async () => {
    const r = await outcome(() => validateFigures({ budget: { adjusted: '100' }, execution: '9'.repeat(1_000_000) }));
    expect(r.code).toBe('NUMBER_TOO_LONG');
    expect(r.ms).toBeLessThan(BOUND_MS);
    try {
      validateFigures({ budget: { adjusted: '100' }, execution: '9'.repeat(1_000_000) });
    } catch (err) {
      expect((err as Error).message).toContain('execution');
    }
  });

  it('figures with 5,000 projects: TOO_MANY_ITEMS; JSON nested 10,000 deep: JSON_TOO_DEEP', async () => {
    const projects = Array.from({ length: 5000 }, (_, i) => ({ name: `项目${i}`, budget: '1', executed: '1' }));
    expect((await outcome(() => validateFigures({ budget: { adjusted: '100' }, execution: '90', projects }))).code).toBe('TOO_MANY_ITEMS');
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect((await outcome(() => validateFigures({ budget: { adjusted: '100' }, execution: '90', x: deep }))).code).toBe('JSON_TOO_DEEP');
  });

  it(`a draft request with 500 projects: TOO_MANY_ITEMS (limit ${LIMITS.draftProjects}); 200 highlights: TOO_MANY_ITEMS`, async () => {
    const base = seedRequest('004');
    const figures = base.figures as Record<string, unknown>;
    const projects = Array.from({ length: 500 }, (_, i) => ({ name: `专项工作${i}经费`, budget: '10', executed: '9' }));
    expect((await outcome(() => parseDraftInput({ ...base, figures: { ...figures, projects } }))).code).toBe('TOO_MANY_ITEMS');
    const highlights = Array.from({ length: 200 }, (_, i) => ({ title: `要点${i}`, detail: '做法' }));
    expect((await outcome(() => parseDraftInput({ ...base, highlights }))).code).toBe('TOO_MANY_ITEMS');
  });
});

describe('costly but accepted input', () => {
  it('1,000 near-identical paragraphs: checked (the repeat found) within the bound', async () => {
    const doc = await ingestText(nearIdenticalParagraphs(1000));
    const r = await outcome(() => checkOne({ doc }));
    expect(r.code).toBe('ok');
    expect(r.ms).toBeLessThan(BOUND_MS);
    const findings = (r.value as { findings: Array<{ ruleId: string }> }).findings;
    expect(findings.some((f) => f.ruleId === 'duplicate/within-report')).toBe(true);
  });

  it('250,000 characters of lines without a sentence end (joined into one paragraph line by line): read and checked within the bound', async () => {
    const text = Array.from({ length: 9_000 }, (_, i) => `第${i}行文字没有句末标点只是一段很长的说明的一部分`).join('\n');
    expect(text.length).toBeGreaterThan(250_000);
    const r = await outcome(async () => checkOne({ doc: await ingestText(text) }));
    expect(r.code).toBe('ok');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });
});
