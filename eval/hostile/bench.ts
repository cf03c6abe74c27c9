// Hostile and oversized input: median time and heap of each probe, every probe in its own Node
// process capped at 128 MB of old-space heap (the Workers isolate's memory), so a probe that
// needed more would fail here. Run: npx tsx eval/hostile/bench.ts (also part of `npm run bench`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PROBES } from './probes';

const PROBE_FILE = fileURLToPath(new URL('./probes.ts', import.meta.url));

interface Measured {
  ms: number[];
  heapMB: number;
  rssMB: number;
  result: string;
}

function runProbe(name: string, runs: number): Measured | { error: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=128', '--expose-gc', '--import', 'tsx', PROBE_FILE, name, String(runs)], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measured;
  } catch {
    return { error: (r.stderr || r.signal || 'no output').toString().split('\n').find((l) => /Error|heap/i.test(l)) ?? 'failed' };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f0 = (x: number) => x.toFixed(0);

/** Runs the probes and returns the printed tables. */
export async function benchHostile(names: string[] = Object.keys(PROBES)): Promise<string> {
  const rows: string[] = [];
  const sizes: string[] = [];
  let base: { chars: number; ms: number } | undefined;
  for (const name of names) {
    const m = runProbe(name, name.includes('bomb') || name === 'text-5m' ? 1 : 3);
    const label = PROBES[name]!.label;
    if ('error' in m) {
      rows.push(`| ${label} | 失败：${m.error.slice(0, 80)} | — | — | — |`);
      continue;
    }
    const ms = median(m.ms);
    rows.push(`| ${label} | ${m.result} | ${f0(ms)} | ${f0(m.heapMB)} | ${f0(m.rssMB)} |`);
    const size = /^text-(\d+)$/.exec(name);
    if (size) {
      const chars = Number(size[1]);
      base ??= { chars, ms };
      sizes.push(`| ${chars.toLocaleString('en-US')} | ${f0(ms)} | ${(ms / (chars / 1000)).toFixed(1)} | ${(ms / base.ms).toFixed(1)}× / ${(chars / base.chars).toFixed(0)}× | ${f0(m.heapMB)} |`);
    }
  }
  return [
    '每个探针在单独的 Node 进程中运行（--max-old-space-size=128，即 Workers 隔离区的内存），取 3 次的中位数（拒绝类 1 次）；',
    '堆 = 运行后的 heapUsed（含未回收的垃圾，是峰值的上界估计），RSS = 进程最大常驻内存（含 Node 本身和输入的生成）。',
    '',
    '| 输入 | 结果 | 中位数 ms | 堆 MB | RSS MB |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    '',
    '随长度的增长（合成报告，全部规则）：',
    '',
    '| 字数 | 中位数 ms | ms / 千字 | 耗时倍数 / 长度倍数 | 堆 MB |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...sizes,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchHostile(process.argv.slice(2).length > 0 ? process.argv.slice(2) : undefined));
