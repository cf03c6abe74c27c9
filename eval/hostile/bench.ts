// Hostile and oversized input: median time and heap of each probe, every probe in its own Node
// process capped at 128 MB of old-space heap (the Workers isolate's memory), so a probe that
// needed more would fail here. Run: npx tsx eval/hostile/bench.ts (also part of `npm run bench`).
//
// The probes run as one esbuild bundle of plain JavaScript (packages loaded from node_modules),
// as the CLI and the Worker run, not through tsx: tsx transforms pdf.js's 2 MB worker file and
// keeps its source map, which alone took ~200 MB of heap and made every exception pdf.js throws
// internally slow (a 100-page PDF: 9.5 s, out of memory under the cap; bundled: ~0.3 s, ~20 MB).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PROBES } from './probes';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'jixiao-hostile-bench');
const PROBE_FILE = join(OUT_DIR, 'probes.mjs');

/** Bundles probes.ts (packages stay external; `import.meta.url` keeps meaning the source file). */
async function bundleProbes(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'eval', 'hostile', 'probes.ts')],
    outfile: PROBE_FILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        name: 'source-urls',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            if (!text.includes('import.meta.url')) return undefined;
            const rel = relative(OUT_DIR, args.path).split(sep).join('/');
            return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
          });
        },
      },
    ],
  });
}

interface Measured {
  ms: number[];
  /** CPU time (user + system) of each run: steadier than wall time on a loaded machine. */
  cpu: number[];
  heapMB: number;
  rssMB: number;
  result: string;
}

function runProbe(name: string, runs: number): Measured | { error: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=128', '--expose-gc', PROBE_FILE, name, String(runs)], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measured;
  } catch {
    return {
      error:
        (r.stderr || r.signal || 'no output')
          .toString()
          .split('\n')
          .find((l) => /Error|heap/i.test(l)) ?? 'failed',
    };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f0 = (x: number) => x.toFixed(0);

/** Runs the probes and returns the printed tables. */
export async function benchHostile(names: string[] = Object.keys(PROBES)): Promise<string> {
  await bundleProbes();
  const rows: string[] = [];
  const sizes: string[] = [];
  let base: { chars: number; ms: number } | undefined;
  for (const name of names) {
    const m = runProbe(name, name.includes('bomb') || name === 'text-5m' ? 1 : 3);
    const label = PROBES[name]!.label;
    if ('error' in m) {
      rows.push(`| ${label} | 失败：${m.error.slice(0, 80)} | — | — | — | — |`);
      continue;
    }
    const ms = median(m.ms);
    const cpu = median(m.cpu);
    rows.push(`| ${label} | ${m.result} | ${f0(ms)} | ${f0(cpu)} | ${f0(m.heapMB)} | ${f0(m.rssMB)} |`);
    const size = /^text-(\d+)$/.exec(name);
    if (size) {
      const chars = Number(size[1]);
      base ??= { chars, ms };
      sizes.push(`| ${chars.toLocaleString('en-US')} | ${f0(ms)} | ${f0(cpu)} | ${(ms / (chars / 1000)).toFixed(1)} | ${(ms / base.ms).toFixed(1)}× / ${(chars / base.chars).toFixed(0)}× | ${f0(m.heapMB)} |`);
    }
  }
  return [
    '每个探针在单独的 Node 进程中运行（--max-old-space-size=128，即 Workers 隔离区的内存；代码先用 esbuild 打包成普通 JavaScript，',
    '与命令行和 Worker 相同，不经 tsx），取 3 次的中位数（拒绝类 1 次）；',
    'CPU ms = 该次运行的 CPU 时间（用户 + 系统，机器繁忙时比墙钟时间稳定）的中位数；堆 = 运行后的 heapUsed（含未回收的垃圾，是峰值的上界估计），RSS = 进程最大常驻内存（含 Node 本身和输入的生成）。',
    `测量结束时的平均负载：${loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}（1/5/15 分钟，${cpus().length} 核）。`,
    '',
    '| 输入 | 结果 | 中位数 ms | CPU ms | 堆 MB | RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '随长度的增长（合成报告，全部规则）：',
    '',
    '| 字数 | 中位数 ms | CPU ms | ms / 千字 | 耗时倍数 / 长度倍数 | 堆 MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sizes,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchHostile(process.argv.slice(2).length > 0 ? process.argv.slice(2) : undefined));
