// POST /v1/check?annotate=docx in workerd: the report back as a Word file with comments.
import { SELF } from 'cloudflare:test';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures-worker';

const check = async (path: string, name: string, query = '') => {
  const form = new FormData();
  form.append('file', new File([await fixture(path)], name));
  return SELF.fetch(`http://jixiao.test/v1/check${query}`, { method: 'POST', body: form });
};
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('POST /v1/check?annotate=docx in workerd', () => {
  it('returns the uploaded .docx with one comment per finding, named after the upload', async () => {
    const json = (await (await check('seeds/002.docx', '直属机关工委2021.docx')).json()) as { documents: Array<{ findings: unknown[] }> };
    const n = json.documents[0]!.findings.length;
    expect(n).toBeGreaterThan(0);
    const res = await check('seeds/002.docx', '直属机关工委2021.docx', '?annotate=docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="annotated.docx"; filename*=UTF-8''${encodeURIComponent('直属机关工委2021-批注.docx')}`);
    expect(res.headers.get('x-jixiao-comments')).toBe(String(n));
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const original = unzipSync(await fixture('seeds/002.docx'));
    expect(strFromU8(files['word/document.xml']!).match(/<w:commentRangeStart /g)).toHaveLength(n);
    expect(strFromU8(files['word/comments.xml']!).match(/w:author="Jixiao"/g)).toHaveLength(n);
    expect(files['word/styles.xml']).toEqual(original['word/styles.xml']);
  });

  it('makes a new .docx for a PDF and for a .doc', async () => {
    for (const [path, name] of [
      ['seeds/000.pdf', '000.pdf'],
      ['doc/002.doc', '002.doc'],
    ] as const) {
      const res = await check(path, name, '?annotate=docx');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(DOCX);
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      expect(Number(res.headers.get('x-jixiao-comments'))).toBeGreaterThan(0);
      expect(strFromU8(files['word/comments.xml']!)).toContain('w:initials="JX"');
    }
  });

  it('rejects another annotate value with INVALID_REQUEST, and an encrypted .doc with DOC_ENCRYPTED', async () => {
    const bad = await check('seeds/002.docx', '002.docx', '?annotate=pdf');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_REQUEST');
    const enc = await check('bad/encrypted.doc', 'secret.doc', '?annotate=docx');
    expect(enc.status).toBe(422);
    expect(((await enc.json()) as { error: { code: string } }).error.code).toBe('DOC_ENCRYPTED');
  });

  it('is described in /openapi.json', async () => {
    const spec = (await (await SELF.fetch('http://jixiao.test/openapi.json')).json()) as {
      paths: Record<string, { post?: { parameters?: Array<{ name: string }>; responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const post = spec.paths['/v1/check']!.post!;
    expect(post.parameters?.map((p) => p.name)).toContain('annotate');
    expect(Object.keys(post.responses['200']!.content!)).toContain(DOCX);
  });
});
