// Fixture files inside workerd tests, fetched from the FIXTURES service binding (vitest.config.ts).
import { env } from 'cloudflare:test';

const binding = () => (env as unknown as { FIXTURES: Fetcher }).FIXTURES;

/** Bytes of fixtures/<path>. */
export async function fixture(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const res = await binding().fetch(`http://fixtures/${path}`);
  if (!res.ok) throw new Error(`fixture ${path}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Text of fixtures/<path>. */
export async function fixtureText(path: string): Promise<string> {
  return new TextDecoder().decode(await fixture(path));
}
