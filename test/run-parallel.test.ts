// `npm test` runs typecheck, build check, lint and the tests at once (scripts/run-parallel.mjs).
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParallel } from '../scripts/run-parallel.mjs';

// A stand-in for npm: `npm run -s <name>` prints and exits as the script's name says.
const dir = mkdtempSync(join(tmpdir(), 'jixiao-parallel-'));
const npm = join(dir, 'npm');
writeFileSync(npm, '#!/bin/sh\ncase "$3" in\n  ok*) echo "fine $3";;\n  slow*) sleep 0.3; echo "fine $3";;\n  bad*) echo "broken $3" >&2; exit 3;;\nesac\n');
chmodSync(npm, 0o755);

async function run(scripts: string[]) {
  let text = '';
  const code = await runParallel(scripts, { npm, out: { write: (s: string) => (text += s) } });
  return { code, text };
}

describe('run-parallel', () => {
  it('passes when every script passes, one line each and a closing table', async () => {
    const r = await run(['ok-a', 'slow-b', 'ok-last']);
    expect(r.code).toBe(0);
    expect(r.text).toContain('── npm run ok-a 通过');
    expect(r.text).toContain('── npm run slow-b 通过');
    expect(r.text).not.toContain('fine ok-a'); // a passing script's output is not repeated
    expect(r.text).toMatch(/✓ ok-a +\d+\.\d s\n✓ slow-b +\d+\.\d s\n✓ ok-last +\d+\.\d s\n$/);
  });

  it('fails when any script fails, printing that script’s output, and still waits for the others', async () => {
    const r = await run(['bad-a', 'slow-b', 'ok-last']);
    expect(r.code).toBe(1);
    expect(r.text).toContain('── npm run bad-a 失败（退出码 3）：\nbroken bad-a');
    expect(r.text).toContain('✗ bad-a');
    expect(r.text).toContain('退出码 3');
    expect(r.text).toContain('✓ slow-b');
  });

  it('fails when the last (live) script fails', async () => {
    expect((await run(['ok-a', 'bad-last'])).code).toBe(1);
  });
});
