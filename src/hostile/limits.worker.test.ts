// The limits through the real Worker in workerd: bodies counted while they stream (chunked,
// no Content-Length), JSON limits, report length; plus the held behaviours (headers, token,
// corpus consistency under concurrent adds).
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

type Envelope = { error: { code: string; message: string } };
const url = (path: string) => `http://jixiao.test${path}`;

/** A body of `total` bytes sent in 1 MB chunks without Content-Length (chunked transfer). */
function chunkedBody(head: string, total: number, tail: string): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const chunk = new Uint8Array(1024 * 1024).fill(0x41);
  let sent = 0;
  let stage = 0;
  return new ReadableStream({
    pull(ctrl) {
      if (stage === 0) {
        ctrl.enqueue(enc.encode(head));
        stage = 1;
      } else if (sent < total) {
        ctrl.enqueue(chunk);
        sent += chunk.byteLength;
      } else {
        ctrl.enqueue(enc.encode(tail));
        ctrl.close();
      }
    },
  });
}

describe('request limits in workerd', () => {
  it('a chunked multipart upload of 3 × 12 MB (no Content-Length) is refused: 413 REQUEST_TOO_LARGE', async () => {
    const b = 'xXbOuNdArYxX';
    const part = (name: string, file: string) => `--${b}\r\ncontent-disposition: form-data; name="${name}"; filename="${file}"\r\ncontent-type: text/plain\r\n\r\n`;
    // one stream: file, then two `against` parts, 12 MB each
    const enc = new TextEncoder();
    const MB = 1024 * 1024;
    const pieces = [part('file', 'a.txt'), part('against', 'b.txt'), part('against', 'c.txt')];
    let i = 0;
    let inPart = 0;
    const chunk = new Uint8Array(MB).fill(0x41);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        pulled++;
        if (i >= pieces.length) {
          ctrl.enqueue(enc.encode(`\r\n--${b}--\r\n`));
          ctrl.close();
        } else if (inPart === 0) {
          ctrl.enqueue(enc.encode((i > 0 ? '\r\n' : '') + pieces[i]));
          inPart = 1;
        } else if (inPart <= 12) {
          ctrl.enqueue(chunk);
          inPart++;
        } else {
          i++;
          inPart = 0;
        }
      },
    });
    const res = await SELF.fetch(url('/v1/check'), { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${b}` }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as Envelope).error.code).toBe('REQUEST_TOO_LARGE');
    expect(pulled).toBeLessThan(45); // stopped once past the limit, not read to the end
  });

  it('a chunked 3 MB JSON body to /v1/figures/validate and /v1/draft: 413 REQUEST_TOO_LARGE', async () => {
    for (const path of ['/v1/figures/validate', '/v1/draft']) {
      const body = chunkedBody('{"x":"', 3 * 1024 * 1024, '"}');
      const res = await SELF.fetch(url(path), { method: 'POST', body, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
      expect(res.status).toBe(413);
      expect(((await res.json()) as Envelope).error.code).toBe('REQUEST_TOO_LARGE');
    }
  });

  it('a 400,000-character JSON text: 413 REPORT_TOO_LONG with a Chinese message naming the limit', async () => {
    const text = '我部门认真贯彻落实各项决策部署，取得明显成效。\n'.repeat(16_000);
    const res = await SELF.fetch(url('/v1/check'), { method: 'POST', body: JSON.stringify({ text }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
    const e = ((await res.json()) as Envelope).error;
    expect(e.code).toBe('REPORT_TOO_LONG');
    expect(e.message).toContain('30 万字');
  });

  it('11 references in one check: 422 TOO_MANY_REFERENCES; a 200-digit number: 422 NUMBER_TOO_LONG', async () => {
    const against = Array.from({ length: 11 }, (_, i) => ({ name: `r${i}`, text: '参照报告。' }));
    const res = await SELF.fetch(url('/v1/check'), { method: 'POST', body: JSON.stringify({ text: '报告正文。', against }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Envelope).error.code).toBe('TOO_MANY_REFERENCES');
    const res2 = await SELF.fetch(url('/v1/check'), { method: 'POST', body: JSON.stringify({ text: `执行数${'1'.repeat(200)}万元。` }), headers: { 'content-type': 'application/json' } });
    expect(res2.status).toBe(422);
    expect(((await res2.json()) as Envelope).error.code).toBe('NUMBER_TOO_LONG');
  });
});

describe('held behaviours', () => {
  it('Content-Disposition of the export is always percent-encoded (quotes, CR/LF, non-ASCII in the title)', async () => {
    const title = '报告"; filename="evil.exe\r\nX-Injected: 1';
    const res = await SELF.fetch(url('/v1/export/docx'), {
      method: 'POST',
      body: JSON.stringify({ title, sections: [{ title: '一节', text: '正文。' }] }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    const cd = res.headers.get('content-disposition')!;
    expect(cd).toMatch(/^attachment; filename="report\.docx"; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/);
    expect(res.headers.get('x-injected')).toBeNull();
  });

  it('corpus writes: a token differing in its last char, a prefix or an extension are all refused', async () => {
    for (const t of ['test-tokeN', 'test-toke', 'test-token2', '']) {
      const res = await SELF.fetch(url('/v1/corpus'), { method: 'POST', body: JSON.stringify({ text: '报告。' }), headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` } });
      expect(res.status).toBe(401);
    }
  });

  it('50 concurrent adds of 10 distinct reports leave exactly 10 stored, each once', async () => {
    const texts = Array.from({ length: 10 }, (_, i) => `一、基本情况\n\n第${i}号部门认真贯彻落实党中央决策部署，扎实推进各项重点工作，全面加强预算绩效管理，切实提高财政资金使用效益。`);
    const before = ((await (await SELF.fetch(url('/v1/corpus?limit=1000'))).json()) as { total: number }).total;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        SELF.fetch(url('/v1/corpus'), { method: 'POST', body: JSON.stringify({ text: texts[i % 10] }), headers: { 'content-type': 'application/json', authorization: 'Bearer test-token' } }),
      ),
    );
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const created = await Promise.all(responses.map((r) => r.json() as Promise<{ id: string; created: boolean }>));
    expect(new Set(created.map((c) => c.id)).size).toBe(10);
    const after = (await (await SELF.fetch(url('/v1/corpus?limit=1000'))).json()) as { total: number; reports: Array<{ id: string }> };
    expect(after.total - before).toBe(10);
    const ids = after.reports.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
