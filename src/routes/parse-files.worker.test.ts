// Real files through the Worker's /v1/parse: every format, and each bad file with its own code.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures-worker';

const upload = async (path: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([await fixture(path)], name));
  return SELF.fetch('http://jixiao.test/v1/parse', { method: 'POST', body: form });
};

describe('/v1/parse with real files in workerd', () => {
  it('parses a PDF into sections and paragraphs, joining the page-split paragraph', async () => {
    const res = await upload('seeds/000.pdf', '000.pdf');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { format: string; pageCount: number; text: string; sections: Array<{ title: string }> };
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(13);
    expect(doc.sections.map((s) => s.title)).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
    expect(doc.text).toContain('《广州市花都区预算绩效管理办法（试行）》的通知');
  });

  it('parses a PDF whose Chinese font is not embedded', async () => {
    const res = await upload('pdf/nonembedded-cjk.pdf', 'nonembedded.pdf');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain('3,363.37万元');
  });

  it('parses a Word 97–2003 .doc, headings recovered from their numbering', async () => {
    const res = await upload('doc/002.doc', '002.doc');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { format: string; sections: Array<{ title: string }> };
    expect(doc.format).toBe('doc');
    expect(doc.sections.map((s) => s.title)).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
  });

  it('parses a Word document with heading styles', async () => {
    const res = await upload('seeds/001.docx', '001.docx');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { format: string; year: number; sections: Array<{ title: string }> };
    expect(doc.format).toBe('docx');
    expect(doc.year).toBe(2022);
    expect(doc.sections[0]!.title).toBe('一、基本情况');
  });
});

describe('/v1/parse error codes for bad files', () => {
  it.each([
    ['bad/empty.pdf', 'empty.pdf', 400, 'EMPTY_FILE'],
    ['bad/corrupt.pdf', 'corrupt.pdf', 422, 'PDF_CORRUPT'],
    ['bad/corrupt-garbage.pdf', 'garbage.pdf', 422, 'PDF_CORRUPT'],
    ['bad/encrypted.pdf', 'encrypted.pdf', 422, 'PDF_ENCRYPTED'],
    ['bad/scanned.pdf', 'scanned.pdf', 422, 'PDF_NO_TEXT'],
    ['bad/many-pages.pdf', 'many.pdf', 422, 'TOO_MANY_PAGES'],
    ['bad/encrypted.doc', 'secret.doc', 422, 'DOC_ENCRYPTED'],
    ['bad/corrupt.doc', 'cut.doc', 422, 'DOC_CORRUPT'],
    ['bad/not-a-docx.zip', 'x.docx', 415, 'UNSUPPORTED_TYPE'],
    ['bad/random.bin', 'x.bin', 415, 'UNSUPPORTED_TYPE'],
  ])('%#: %s %s → %i %s', async (file, name, status, code) => {
    const res = await upload(file, name);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
