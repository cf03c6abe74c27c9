// /healthz answers while the largest accepted check runs in the same workerd isolate: the check
// pipeline pauses between its steps once a time slice is used up (src/src/pause.ts), so other
// requests are served in between. Asserted by order (health answers counted before the check
// answers), not by latency; `npm run load` prints the measured waits.
import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';
import { longReport } from '../../eval/numbers/synthetic';
import { LIMITS } from '../limits';

const url = (path: string) => `http://jixiao.test${path}`;

it('while a 298,000-character check runs, /healthz is answered again and again before the check answers', async () => {
  const text = longReport(298_000).slice(0, LIMITS.reportChars - 1_000);
  let checkDone = false;
  const check = SELF.fetch(url('/v1/check'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }).then(async (res) => {
    const body = (await res.json()) as { documents: Array<{ findings: unknown[] }> };
    checkDone = true;
    return { status: res.status, findings: body.documents[0]!.findings.length };
  });
  // ask /healthz one request after another until the check answers
  let answeredDuring = 0;
  while (!checkDone) {
    const res = await SELF.fetch(url('/healthz'));
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    if (!checkDone) answeredDuring++;
    // a client's pace (the load script polls every 50 ms): requests issued back to back from inside
    // the same workerd process keep its event queue from ever emptying, and timers (the pause) wait
    await new Promise((r) => setTimeout(r, 10));
  }
  const r = await check;
  expect(r.status).toBe(200);
  expect(r.findings).toBeGreaterThan(0);
  // without pausing, the check is one synchronous stretch: /healthz waits for all of it (one or two
  // answers slip in while the body is read); with pausing it is answered after every slice
  expect(answeredDuring).toBeGreaterThanOrEqual(5);
});
