import { describe, expect, it } from 'vitest';
import { progress } from './progress';

describe('progress', () => {
  it('shows a status line only after the delay, and clears it at the end', () => {
    const lines: string[] = [];
    let t = 0;
    const bar = progress({ out: () => {}, err: () => {}, status: (s) => lines.push(s) }, 3, { delayMs: 400, now: () => t });
    bar.step('读取', 1, 'a.pdf');
    t = 500;
    bar.step('读取', 2, 'b.pdf');
    bar.done();
    expect(lines).toEqual(['读取 2/3：b.pdf', '']);
  });

  it('prints nothing without a terminal, for a single file, or for a quick run', () => {
    const lines: string[] = [];
    const t = 1000;
    progress({ out: () => {}, err: () => {} }, 5, { now: () => t }).step('检查', 1, 'a');
    const one = progress({ out: () => {}, err: () => {}, status: (s) => lines.push(s) }, 1, { delayMs: 0 });
    one.step('检查', 1, 'a');
    one.done();
    const quick = progress({ out: () => {}, err: () => {}, status: (s) => lines.push(s) }, 5, { now: () => t });
    quick.step('检查', 1, 'a');
    quick.done();
    expect(lines).toEqual([]);
  });
});
