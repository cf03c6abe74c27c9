// .doc fixtures made by LibreOffice read like their .docx; encrypted, cut and non-Word OLE files get their own codes.
import { describe, expect, it } from 'vitest';
import { blockTexts, fixtureBytes, outline, seedBytes, seedOutline } from '../../../test/seeds';
import { JixiaoError } from '../../errors';
import * as CFB from 'cfb';
import { ingestBytes } from '../ingest';

const ingest = (bytes: Uint8Array) => ingestBytes(bytes, () => Promise.reject(new Error('not a PDF')));

describe.each(['000', '002'] as const)('seed %s as a Word 97–2003 .doc made by LibreOffice', (id) => {
  const both = Promise.all([ingest(fixtureBytes('doc', `${id}.doc`)), ingest(seedBytes(id, 'docx'))]);

  it('gives the hand-written outline, headings recovered from their numbering', async () => {
    const [doc] = await both;
    expect(doc.format).toBe('doc');
    expect(outline(doc)).toEqual(seedOutline(id));
  });

  it('gives the same blocks, texts and document id as the .docx', async () => {
    const [doc, docx] = await both;
    expect(blockTexts(doc)).toEqual(blockTexts(docx));
    expect(doc.id).toBe(docx.id);
    expect(doc.title).toBe(docx.title);
  });
});

describe('.doc errors', () => {
  const code = async (bytes: Uint8Array) => {
    try {
      await ingest(bytes);
    } catch (err) {
      return err instanceof JixiaoError ? { code: err.code, status: err.status, message: err.message } : { code: String(err) };
    }
    return { code: 'none' };
  };

  it('an encrypted .doc (saved by LibreOffice with an opening password) → DOC_ENCRYPTED, 422', async () => {
    const r = await code(fixtureBytes('bad', 'encrypted.doc'));
    expect(r).toMatchObject({ code: 'DOC_ENCRYPTED', status: 422 });
    expect(r.message).toMatch(/密码/);
  });

  it('a cut-off .doc → DOC_CORRUPT, 422', async () => {
    expect(await code(fixtureBytes('bad', 'corrupt.doc'))).toMatchObject({ code: 'DOC_CORRUPT', status: 422 });
  });

  it('the old legacy.doc fixture (seed 004 via LibreOffice) now reads', async () => {
    const doc = await ingest(fixtureBytes('bad', 'legacy.doc'));
    const docx = await ingest(seedBytes('004', 'docx'));
    expect(blockTexts(doc)).toEqual(blockTexts(docx));
  });
});

describe('a .doc with a table (LibreOffice, from doc/table.html)', () => {
  it('reads table rows and cells as the .docx does: an empty cell dropped, a two-paragraph cell joined', async () => {
    const [doc, docx] = await Promise.all([ingest(fixtureBytes('doc', 'table.doc')), ingest(fixtureBytes('doc', 'table.docx'))]);
    expect(blockTexts(doc)).toEqual(blockTexts(docx));
    const rows = doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.cells);
    expect(rows).toEqual([
      ['项目', '年初预算数', '调整后预算数', '执行数'],
      ['基本支出', '1,200.50', '1,180.20'],
      ['项目支出（含专项）', '300.00', '320.00', '310.75'],
      ['合计', '1,500.50', '1,520.50', '1,490.95'],
    ]);
    expect(outline(doc)).toEqual([
      { level: 1, title: '一、部门整体支出情况' },
      { level: 1, title: '二、存在的主要问题' },
    ]);
  });
});

describe('other OLE2 files', () => {
  const ole = (streams: Record<string, number[]>) => {
    const c = CFB.utils.cfb_new();
    for (const [name, bytes] of Object.entries(streams)) CFB.utils.cfb_add(c, name, new Uint8Array(bytes));
    return new Uint8Array(CFB.write(c, { type: 'array' }) as ArrayLike<number>);
  };

  it('an old Excel workbook is not taken for a Word document', async () => {
    await expect(ingest(ole({ Workbook: [9, 8, 7, 6] }))).rejects.toMatchObject({ code: 'UNSUPPORTED_TYPE', message: expect.stringMatching(/\.xls/) });
  });

  it('a password-protected .docx (an OLE container with EncryptionInfo) → DOC_ENCRYPTED', async () => {
    await expect(ingest(ole({ EncryptionInfo: [4, 0, 4, 0], EncryptedPackage: [1, 2, 3, 4] }))).rejects.toMatchObject({ code: 'DOC_ENCRYPTED' });
  });
});
