import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/seeds';
import { createApp } from '../app';
import { run } from '../cli/main';
import { ingestText } from '../ingest/ingest';
import { checkAgainst, checkOne, checkOwn, checkReport, checkReports, mergeParts, referencesFor } from './check-report';
import { validateFigures } from './figures';

const report = fixturePath('seeds', '000.txt');
const reference = fixturePath('seeds', '002.txt');
const figuresFile = fixturePath('figures', '000-wrong.json');

async function cli(...args: string[]) {
  const out: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: () => {} });
  return { code, out: out.join('\n') };
}

/** POST /v1/check on the app in Node (no PDF here, no corpus: no platform needed), uploads named as the CLI's paths. */
async function api(query = '') {
  const app = createApp({ extractPdf: () => Promise.reject(new Error('no PDF in this test')) });
  const form = new FormData();
  form.append('file', new File([readFileSync(report)], report));
  form.append('against', new File([readFileSync(reference)], reference));
  form.append('figures', new File([readFileSync(figuresFile)], figuresFile));
  const res = await app.request(`/v1/check${query}`, { method: 'POST', body: form }, {});
  return { status: res.status, body: await res.text() };
}

describe('checkReport: one pipeline for the API and the CLI', () => {
  it('POST /v1/check and `jixiao check --format json` print byte-identical JSON for the same report, reference and figures', async () => {
    const [c, a] = await Promise.all([cli('check', report, '--against', reference, '--figures', figuresFile, '--format', 'json'), api()]);
    expect(a.status).toBe(200);
    expect(c.code).toBe(1); // the wrong figures file has an error of its own
    const parsed = JSON.parse(a.body);
    // what is compared is not trivially equal: findings against the reference, and the figures' own problems
    expect(parsed.documents[0].findings.some((f: { ruleId: string }) => f.ruleId === 'duplicate/against-reference')).toBe(true);
    expect(parsed.figures.file).toBe(figuresFile);
    expect(parsed.figures.problems.length).toBeGreaterThan(0);
    expect(a.body).toBe(c.out);
  });

  it('POST /v1/claims and `jixiao claims --format json` print byte-identical JSON (one claimsReport)', async () => {
    const app = createApp({ extractPdf: () => Promise.reject(new Error('no PDF in this test')) });
    const form = new FormData();
    form.append('file', new File([readFileSync(report)], report));
    form.append('figures', new File([readFileSync(figuresFile)], figuresFile));
    const res = await app.request('/v1/claims', { method: 'POST', body: form }, {});
    const c = await cli('claims', report, '--figures', figuresFile, '--format', 'json');
    const body = await res.text();
    expect(JSON.parse(body).documents[0].claims.length).toBeGreaterThan(20);
    expect(body).toBe(c.out);
  });

  it('adds the parsed document only when asked (?include=document)', async () => {
    const plain = JSON.parse((await api()).body);
    const withDoc = JSON.parse((await api('?include=document')).body);
    expect(plain.documents[0].document).toBeUndefined();
    expect(withDoc.documents[0].document.title).toBe(plain.documents[0].title);
  });

  it('never compares a report with itself, and compares every report with every other under eachOther', async () => {
    const a = { file: 'a.txt', doc: await ingestText(readFileSync(report, 'utf8')) };
    const b = { file: 'b.txt', doc: await ingestText(readFileSync(reference, 'utf8')) };
    const same = { file: 'copy.txt', doc: a.doc };
    expect(referencesFor(a.doc, [a, b], { references: [same, b], eachOther: false, figures: undefined }).map((r) => r.file)).toEqual(['b.txt']);
    expect(referencesFor(a.doc, [a, b], { references: [], eachOther: true, figures: undefined }).map((r) => r.file)).toEqual(['b.txt']);
    const run = await checkReports({ reports: [a, b], eachOther: true });
    const related = run.reports.flatMap((r) => ('result' in r ? r.result.findings.flatMap((f) => f.related.map((l) => l.file)) : []));
    expect(related).toContain('a.txt');
    expect(related).toContain('b.txt');
  });

  it('reports unread files in place and the figures self-check once, with the figures file name when known', async () => {
    const figures = validateFigures(JSON.parse(readFileSync(figuresFile, 'utf8')));
    const doc = await ingestText(readFileSync(report, 'utf8'));
    const { JixiaoError } = await import('../errors');
    const out = await checkReport({
      reports: [
        { file: 'bad.pdf', error: new JixiaoError('PDF_CORRUPT', '损坏') },
        { file: 'r.txt', doc },
      ],
      figures: { figures },
    });
    expect(out.documents.map((d) => d.file)).toEqual(['bad.pdf', 'r.txt']);
    expect(out.documents[0]).toEqual({ file: 'bad.pdf', error: { code: 'PDF_CORRUPT', message: '损坏' } });
    expect(out.figures?.file).toBeUndefined();
    expect(out.figures?.problems.length).toBeGreaterThan(0);
  });
});

describe('checkOne in parts (what the CLI caches: check-cache.ts)', () => {
  it('mergeParts of checkOwn and one checkAgainst per reference is checkOne, byte for byte', async () => {
    const docs = await Promise.all(['000', '001', '002', '003', '004'].map(async (id) => ({ file: `${id}.txt`, doc: await ingestText(readFileSync(fixturePath('seeds', `${id}.txt`), 'utf8')) })));
    // the same text under another name: never a reference of 000 (referencesFor), a reference of the others
    docs.push({ file: 'copy-of-000.txt', doc: docs[0]!.doc });
    const figures = validateFigures(JSON.parse(readFileSync(figuresFile, 'utf8')));
    const shared = { references: [], eachOther: true, figures };
    const byRule: Record<string, number> = {};
    for (const d of docs.slice(0, 5)) {
      const refs = referencesFor(d.doc, docs, shared);
      const whole = await checkOne({ doc: d.doc, references: refs, figures });
      const parts = [await checkOwn(d.doc, figures)];
      for (const r of refs) parts.push(await checkAgainst(d.doc, r));
      expect(JSON.stringify(mergeParts(parts))).toBe(JSON.stringify(whole));
      for (const [rule, n] of Object.entries(whole.stats.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
    }
    // not trivially equal: reuse between the reports, repeats within them, number findings (with the figures)
    expect(byRule['duplicate/against-reference']).toBeGreaterThan(3);
    expect(byRule['duplicate/within-report']).toBeGreaterThan(0);
    expect(Object.keys(byRule).filter((r) => r.startsWith('number/')).length).toBeGreaterThan(1);
  });
});
