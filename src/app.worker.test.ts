import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';

it('serves health with the D1 schema version inside workerd', async () => {
  const res = await SELF.fetch('http://x/healthz');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, schema: '1' });
});
