import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures-worker';

/** `jixiao <args>` run in Node from the sources (the CLI binding of vitest.config.ts), paths relative to the repository. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const res = await (env as unknown as { CLI: Fetcher }).CLI.fetch('http://cli/', { method: 'POST', body: JSON.stringify(args) });
  return res.json();
}

const report = 'fixtures/seeds/000.txt';
const reference = 'fixtures/seeds/002.txt';
const figures = 'fixtures/figures/000-wrong.json';

describe('POST /v1/check in workerd and jixiao check in Node: one checkReport', () => {
  it('give byte-identical JSON for the same report, reference report and figures file', async () => {
    const form = new FormData();
    const strip = (p: string) => p.replace(/^fixtures\//, '');
    form.append('file', new File([await fixture(strip(report))], report));
    form.append('against', new File([await fixture(strip(reference))], reference));
    form.append('figures', new File([await fixture(strip(figures))], figures));
    const [res, c] = await Promise.all([SELF.fetch('http://jixiao.test/v1/check', { method: 'POST', body: form }), cli('check', report, '--against', reference, '--figures', figures, '--format', 'json')]);
    expect(res.status).toBe(200);
    const api = await res.text();
    const body = JSON.parse(api);
    expect(body.documents[0].file).toBe(report);
    expect(body.documents[0].findings.some((f: { ruleId: string }) => f.ruleId === 'duplicate/against-reference')).toBe(true);
    expect(body.figures.problems.length).toBeGreaterThan(0);
    expect(c.code).toBe(1);
    expect(api).toBe(c.out);
  });
});
