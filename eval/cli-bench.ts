// Whole-process bench of the CLI (`npm run bench`, or `npx tsx eval/cli-bench.ts`): `jixiao
// check` on a folder of reports side by side with jscpd (a devDependency, for this bench only)
// on the same folder — wall time (median of several runs), peak memory and the recall of
// planted copies for both — and the start-up of `jixiao --help`.
//
// The folder (eval/out/cli-bench/reports): the 5 seed reports and 24 generated ones, TXT
// (jscpd reads no PDF). A generated report is a seed in disguise (see disguise(): the seed's
// shape, none of its text), with planted copies of passages of 2 sentences from the seeds'
// sentence pool, each passage used once: 12 copied within one report, 12 copied between two
// generated reports, and 5 paragraphs of a seed pasted into a generated report.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, seedText, uniqueSentences } from './duplicates/corpus-texts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'eval', 'out', 'cli-bench');
const DIR = join(OUT, 'reports');
const JIXIAO = join(ROOT, 'bin', 'jixiao.mjs');
const JSCPD = join(ROOT, 'node_modules', '.bin', 'jscpd');
const TIME = '/usr/bin/time';

interface Planted {
  kind: 'within' | 'between' | 'seed';
  a: string;
  b: string;
  text: string;
}

/** Characters a disguised report keeps: section numbering, units and the usual budget words. */
const KEEP = new Set('一二三四五六七八九十百千万亿元年月日度个项次人件篇场批条分合计其中支出收入预算执行基本项目率占比为的');

/**
 * Another report with the shape of a seed — its length, paragraphs, headings, tables and
 * numbers — but none of its text: every other Chinese character is replaced through a
 * permutation of the seeds' characters drawn from `seed`. Two disguises of one seed share no
 * passage (only kept characters line up), so what they have in common is what was planted.
 */
function disguise(text: string, seed: number): string {
  const chars = [...new Set([...['000', '001', '002', '003', '004'].map(seedText).join('')].filter((c) => /\p{Script=Han}/u.test(c) && !KEEP.has(c)))].sort();
  const shuffled = [...chars];
  const r = rng(seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const map = new Map(chars.map((c, i) => [c, shuffled[i]!]));
  return [...text].map((c) => map.get(c) ?? c).join('');
}

/** Runs of 2 sentences, 60–200 characters, of a text with its line breaks removed, not starting with a heading number. */
function sentencePairs(text: string): string[] {
  const sentences = text.replace(/\s*\n\s*/g, '').match(/[^。]+。/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 1 < sentences.length; i += 2) {
    const pair = `${sentences[i]}${sentences[i + 1]}`;
    if (pair.length >= 60 && pair.length <= 200 && !/^[一二三四五六七八九十（(\d]/.test(pair)) out.push(pair);
  }
  return out;
}

/** Writes the folder; returns the planted copies (file names relative to the folder). */
export function makeFolder(dir = DIR): Planted[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = ['000', '001', '002', '003', '004'];
  for (const id of seeds) writeFileSync(join(dir, `${id}.txt`), seedText(id));
  const r = rng(2024);
  const pool = uniqueSentences();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  let next = 0;
  const passage = () => `${pool[next++]}${pool[next++]}`;
  const reports = Array.from({ length: 24 }, (_, k) => disguise(seedText(seeds[k % 5]!), 100 + k).split('\n'));
  const name = (k: number) => `g${String(k + 1).padStart(2, '0')}.txt`;
  /** Appends `text` to the paragraph at `at` (a fraction of the report) as its last sentences. */
  const paste = (k: number, at: number, text: string) => {
    const lines = reports[k]!;
    const paragraphs = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.length > 40);
    const target = paragraphs[Math.min(paragraphs.length - 1, Math.floor(at * paragraphs.length))]!;
    lines[target.i] = `${lines[target.i]}${text}`;
  };
  const planted: Planted[] = [];
  for (let k = 0; k < 12; k++) {
    const p = passage();
    paste(k, 0.15, p);
    paste(k, 0.85, p);
    planted.push({ kind: 'within', a: name(k), b: name(k), text: p });
  }
  for (let k = 0; k < 12; k++) {
    const p = passage();
    const a = 12 + k;
    const b = 12 + ((k + 1) % 12);
    paste(a, 0.5, p);
    paste(b, 0.3, p);
    planted.push({ kind: 'between', a: name(a), b: name(b), text: p });
  }
  for (const [i, id] of seeds.entries()) {
    const paragraphs = seedText(id)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 60 && l.length <= 200 && !/^[一二三四五六七八九十（(\d]/.test(l));
    // the fourth such paragraph; a seed whose text is wrapped at the PDF's line width (004: no
    // line over 42 characters) has none, so there it is the fourth run of 2 sentences of 60–200
    // characters in the joined text — pasted as one line, while the seed keeps it wrapped (until
    // 2026-12-04 the bench pasted the word "undefined" for 004 and counted that as a planted copy)
    const paragraph = paragraphs[3] ?? sentencePairs(seedText(id))[3];
    if (paragraph === undefined) throw new Error(`种子 ${id} 没有可以植入的正文段落`);
    const k = 2 * i + 1;
    paste(k, 0.6, paragraph);
    planted.push({ kind: 'seed', a: name(k), b: `${id}.txt`, text: paragraph });
  }
  reports.forEach((lines, k) => writeFileSync(join(dir, name(k)), `${lines.join('\n')}\n`));
  return planted;
}

interface Measured {
  wall: number[];
  rss: number[];
  /** user + system CPU seconds (less disturbed than wall time by other load on the machine). */
  cpu: number[];
  stdout: string;
}

interface Command {
  cmd: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Runs before every run of the command, outside the timing (empties a cache, edits a report). */
  before?: () => void;
}

/**
 * Runs every command `runs` times (after one warm-up round), in rounds — each round runs each
 * command once — so that a change in the machine's load touches all of them alike; wall seconds,
 * peak RSS (MiB) and CPU seconds of each run.
 */
function measureAll(commands: Command[], runs: number): Measured[] {
  const out: Measured[] = commands.map(() => ({ wall: [], rss: [], cpu: [], stdout: '' }));
  const timeFile = join(OUT, 'time.txt');
  const withTime = existsSync(TIME);
  for (let i = 0; i <= runs; i++) {
    for (const [k, c] of commands.entries()) {
      c.before?.();
      const env = c.env ?? process.env;
      const t0 = performance.now();
      const r = withTime
        ? spawnSync(TIME, ['-f', '%M %U %S', '-o', timeFile, c.cmd, ...c.args], { encoding: 'utf8', maxBuffer: 1 << 28, env })
        : spawnSync(c.cmd, c.args, { encoding: 'utf8', maxBuffer: 1 << 28, env });
      const t = (performance.now() - t0) / 1000;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${c.cmd} ${c.args.join(' ')} 失败（${r.status}）：${r.stderr}`);
      if (i === 0) continue; // warm-up: disk cache, V8 compile cache, the check cache of the cached rows
      const m = out[k]!;
      m.wall.push(t);
      if (withTime) {
        const [kb, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        m.rss.push(kb! / 1024);
        m.cpu.push(user! + sys!);
      }
      m.stdout = r.stdout;
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/** Whether a reported passage covers a planted one: they share a run of 12 characters (whitespace ignored). */
function covers(reported: string, planted: string): boolean {
  const a = reported.replace(/\s+/g, '');
  const b = planted.replace(/\s+/g, '');
  for (let i = 0; i + 12 <= b.length; i += 3) if (a.includes(b.slice(i, i + 12))) return true;
  return false;
}

interface JixiaoFinding {
  ruleId: string;
  quote: string;
  related: Array<{ file?: string; quote: string }>;
}

function jixiaoRecall(json: string, planted: Planted[]) {
  const docs = (JSON.parse(json) as { documents: Array<{ file: string; findings?: JixiaoFinding[] }> }).documents;
  const byName = new Map(docs.map((d) => [basename(d.file), d.findings ?? []]));
  const found = (p: Planted) => {
    if (p.kind === 'within') {
      return (byName.get(p.a) ?? []).some((f) => f.ruleId === 'duplicate/within-report' && (covers(f.quote, p.text) || f.related.some((x) => covers(x.quote, p.text))));
    }
    const about = (from: string, to: string) => (byName.get(from) ?? []).some((f) => f.ruleId === 'duplicate/against-reference' && basename(f.related[0]?.file ?? '') === to && covers(f.quote, p.text));
    return about(p.a, p.b) || about(p.b, p.a);
  };
  return recallBy(planted, found);
}

interface JscpdClone {
  firstFile: { name: string };
  secondFile: { name: string };
  fragment: string;
}

function jscpdRecall(reportFile: string, planted: Planted[]) {
  const clones = (JSON.parse(readFileSync(reportFile, 'utf8')) as { duplicates: JscpdClone[] }).duplicates;
  const found = (p: Planted) =>
    clones.some((c) => {
      const files = [basename(c.firstFile.name), basename(c.secondFile.name)].sort().join(' ');
      return files === [p.a, p.b].sort().join(' ') && covers(c.fragment, p.text);
    });
  return { ...recallBy(planted, found), reported: clones.length };
}

function recallBy(planted: Planted[], found: (p: Planted) => boolean) {
  const hits = planted.filter(found);
  const of = (kind: Planted['kind']) => `${hits.filter((p) => p.kind === kind).length}/${planted.filter((p) => p.kind === kind).length}`;
  return { hits: hits.length, total: planted.length, within: of('within'), between: of('between'), seed: of('seed') };
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/** Runs the bench; returns the printed table. */
export async function benchCli(runs = 5): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const planted = makeFolder();
  // the "one report edited" row works on a copy of the folder, so the others see it unchanged
  const editedDir = join(OUT, 'reports-edited');
  rmSync(editedDir, { recursive: true, force: true });
  cpSync(DIR, editedDir, { recursive: true });
  const cacheDir = (name: string) => join(OUT, `cache-${name}`);
  for (const name of ['warm', 'edited', 'empty']) rmSync(cacheDir(name), { recursive: true, force: true });
  const withCache = (name: string, extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, JIXIAO_CACHE_DIR: cacheDir(name), ...extra });
  let edits = 0;
  const each = (dir: string, ...extra: string[]) => ['check', dir, '--against-each-other', '--format', 'json', ...extra];

  // jscpd on Chinese prose: its tokens are runs of characters between punctuation and spaces,
  // about one clause each, so its default of 50 tokens (and 5 lines) misses most copies; 10
  // tokens on one line is the setting that finds 2-sentence copies. Both are measured.
  const commands = {
    warm: { cmd: JIXIAO, args: each(DIR), env: withCache('warm') },
    edited: {
      cmd: JIXIAO,
      args: each(editedDir),
      env: withCache('edited'),
      // a new sentence at the end of one report before every run: that report and the 28 pairs it is in are checked again
      before: () => appendFileSync(join(editedDir, 'g05.txt'), `本年度新增专项工作 ${++edits} 项，已按计划完成。\n`),
    },
    empty: { cmd: JIXIAO, args: each(DIR), env: withCache('empty'), before: () => rmSync(cacheDir('empty'), { recursive: true, force: true }) },
    noCache: { cmd: JIXIAO, args: each(DIR, '--no-cache') },
    // the same on a worker thread besides the main one, whatever the load (by default jixiao starts
    // workers only on idle cores: see src/cli/check-parallel.ts)
    noCacheWorker: { cmd: JIXIAO, args: each(DIR, '--no-cache'), env: { ...process.env, JIXIAO_WORKERS: '1' } },
    alone: { cmd: JIXIAO, args: ['check', DIR, '--format', 'json', '--no-cache'] },
    jscpdTuned: { cmd: JSCPD, args: [DIR, '--silent', '-r', 'json', '-o', join(OUT, 'jscpd-tuned'), '--min-tokens', '10', '--min-lines', '1'] },
    jscpdDefault: { cmd: JSCPD, args: [DIR, '--silent', '-r', 'json', '-o', join(OUT, 'jscpd-default')] },
    help: { cmd: JIXIAO, args: ['--help'] },
  } satisfies Record<string, Command>;
  const loadBefore = loadavg()[0]!;
  const names = Object.keys(commands) as Array<keyof typeof commands>;
  const measured = measureAll(Object.values(commands), runs);
  const m = Object.fromEntries(names.map((n, i) => [n, measured[i]!])) as Record<keyof typeof commands, Measured>;
  const loadAfter = loadavg()[0]!;
  const version = spawnSync(JSCPD, ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .replace(/^jscpd\s+/, '');

  const rDefault = jscpdRecall(join(OUT, 'jscpd-default', 'jscpd-report.json'), planted);
  const rTuned = jscpdRecall(join(OUT, 'jscpd-tuned', 'jscpd-report.json'), planted);
  const recall = (n: keyof typeof commands) => jixiaoRecall(m[n].stdout, planted);
  // the cache changes nothing in what is printed: every cached row prints what --no-cache prints
  const same = m.warm.stdout === m.noCache.stdout && m.empty.stdout === m.noCache.stdout && m.noCacheWorker.stdout === m.noCache.stdout;
  const base = median(m.jscpdTuned.wall);
  const mem = (x: Measured) => (x.rss.length ? `${median(x.rss).toFixed(0)} MiB` : '—');
  const row = (label: string, x: Measured, r: { hits: number; total: number; within: string; between: string; seed: string } | undefined) =>
    `| ${label} | ${median(x.wall).toFixed(3)} s | ${(median(x.wall) / base).toFixed(2)}× | ${x.cpu.length ? `${median(x.cpu).toFixed(2)} s` : '—'} | ${mem(x)} | ${r ? `${pct(r.hits, r.total)}（报告内 ${r.within}，报告间 ${r.between}，与种子 ${r.seed}）` : '—'} |`;
  return [
    `整个进程（含 Node 启动）的耗时，${runs} 轮的中位数（另有 1 轮预热；每轮各命令依次跑一次，负载的变化各行均摊）；`,
    `文件夹：5 份种子报告 + 24 份生成的报告（TXT），植入 ${planted.length} 处复制（报告内 12、生成报告之间 12、种子段落贴入生成报告 5）；jscpd ${version}。`,
    '“召回”：报出的重复与植入的那一段有 12 字以上相同，且指向同一对文件（报告内复制：同一文件）。',
    '检查缓存（默认开，`--no-cache` 关）：读过的文件按内容、查过的报告按“本报告的规则”和“与每份参照的比对”分块存取；',
    '“缓存命中”是与上次相同的文件夹，“改了一份”是每次运行前给 g05.txt 末尾加一句（重算这份报告和它参与的 56 个比对），',
    '“首次”是每次运行前清空缓存（全部重算并写入缓存），`--no-cache` 全部重算、不读不写。',
    `机器：${availableParallelism()} 核，1 分钟平均负载 ${loadBefore.toFixed(2)}（开始）→ ${loadAfter.toFixed(2)}（结束）。`,
    `各 jixiao 行输出${same ? '逐字节相同（缓存命中、首次、--no-cache、工作线程）' : '不同（缓存出错！）'}。`,
    '',
    '| 命令 | 墙钟 | 相对 jscpd（10 词元） | CPU（用户+系统） | 峰值内存 | 植入复制的召回 |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    row('`jixiao check 文件夹 --against-each-other`，缓存命中', m.warm, recall('warm')),
    row('同上，改了一份报告', m.edited, recall('edited')),
    row('同上，首次（缓存为空）', m.empty, recall('empty')),
    row('同上，`--no-cache`', m.noCache, recall('noCache')),
    row('同上，`--no-cache`，`JIXIAO_WORKERS=1`（另用 1 个工作线程）', m.noCacheWorker, recall('noCacheWorker')),
    row('`jixiao check 文件夹 --no-cache`（各报告分别检查，无报告间比对）', m.alone, recall('alone')),
    row('`jscpd 文件夹 --min-tokens 10 --min-lines 1`', m.jscpdTuned, rTuned),
    row('`jscpd 文件夹`（默认设置）', m.jscpdDefault, rDefault),
    row('`jixiao --help`', m.help, undefined),
    '',
    `jscpd 报出的重复：10 词元 ${rTuned.reported} 处，默认 ${rDefault.reported} 处。`,
    '',
    benchOffice(runs),
  ].join('\n');
}

/**
 * PDF and Word: the 5 seed reports as PDF and as DOCX (jscpd reads neither), checked against each
 * other — where reading the files, not checking them, is most of the time, and the cache keeps
 * the parsed documents.
 */
function benchOffice(runs: number): string {
  const dir = join(OUT, 'office');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const id of ['000', '001', '002', '003', '004']) for (const ext of ['pdf', 'docx']) cpSync(join(ROOT, 'fixtures', 'seeds', `${id}.${ext}`), join(dir, `${id}.${ext}`));
  const cache = join(OUT, 'cache-office');
  rmSync(cache, { recursive: true, force: true });
  const args = ['check', dir, '--against-each-other', '--format', 'json'];
  const env = { ...process.env, JIXIAO_CACHE_DIR: cache };
  const [warm, noCache] = measureAll(
    [
      { cmd: JIXIAO, args, env },
      { cmd: JIXIAO, args: [...args, '--no-cache'] },
    ],
    runs,
  );
  const cell = (x: Measured) => `${median(x.wall).toFixed(3)} s | ${x.cpu.length ? `${median(x.cpu).toFixed(2)} s` : '—'} | ${x.rss.length ? `${median(x.rss).toFixed(0)} MiB` : '—'}`;
  return [
    `5 份种子报告的 PDF 和 DOCX（共 10 个文件）两两比对，${runs} 轮的中位数；输出${warm!.stdout === noCache!.stdout ? '逐字节相同' : '不同（缓存出错！）'}：`,
    '',
    '| 命令 | 墙钟 | CPU | 峰值内存 |',
    '| --- | ---: | ---: | ---: |',
    `| \`jixiao check 文件夹 --against-each-other\`，缓存命中 | ${cell(warm!)} |`,
    `| 同上，\`--no-cache\` | ${cell(noCache!)} |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('cli-bench.ts')) console.log(await benchCli());
