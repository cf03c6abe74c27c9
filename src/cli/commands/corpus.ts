import { basename } from 'node:path';
import { openLocalCorpus, type LocalCorpus, type LocalCorpusOptions } from '../../corpus/local';
import type { CorpusReportSummary } from '../../corpus/store';
import { JixiaoError } from '../../errors';
import type { ReportDocument } from '../../model/document';
import type { CliArgs } from '../args';
import { EXIT, type Io } from '../io';
import { ingestNamed } from '../node-ingest';

/**
 * jixiao corpus add <file...> [--name n] [--department d] [--year y] | list | remove <id...>
 *
 * Works on the local D1 that `wrangler dev` (npm start) uses — <repo>/.wrangler/state, or
 * JIXIAO_STATE_DIR — so reports added here are seen by the local service and the reverse.
 * Local writes need no token: whoever can run the CLI can write the SQLite files anyway.
 * The service's corpus (production D1) is managed through POST/DELETE /v1/corpus.
 */
export async function corpusCommand(args: CliArgs, io: Io, open: (o: LocalCorpusOptions) => Promise<LocalCorpus> = openLocalCorpus): Promise<number> {
  const [sub, ...rest] = args.files;
  if (sub !== 'add' && sub !== 'list' && sub !== 'remove') {
    throw new JixiaoError('USAGE', `jixiao corpus 需要子命令 add、list 或 remove（收到：${sub ?? '无'}）。运行 jixiao --help 查看用法。`);
  }
  if (sub === 'add' && rest.length === 0) throw new JixiaoError('USAGE', 'jixiao corpus add 至少需要一个报告文件。');
  if (sub === 'add' && args.name !== undefined && rest.length > 1) throw new JixiaoError('USAGE', '--name 只能在加入一个文件时使用。');
  if (sub === 'remove' && rest.length === 0) throw new JixiaoError('USAGE', 'jixiao corpus remove 需要报告编号（用 jixiao corpus list 查看）。');
  if (sub === 'list' && rest.length > 0) throw new JixiaoError('USAGE', 'jixiao corpus list 不接受参数。');
  if (sub !== 'add' && (args.name ?? args.department ?? args.year) !== undefined) {
    throw new JixiaoError('USAGE', '--name、--department、--year 只用于 jixiao corpus add。');
  }
  const year = args.year === undefined ? undefined : parseYear(args.year);

  // read every file before touching the store: a bad file adds nothing
  const docs: Array<{ file: string; doc: ReportDocument }> = [];
  if (sub === 'add') for (const file of rest) docs.push({ file, doc: await ingestNamed(file) });

  const corpus = await open({ onMigration: (name) => io.err(`已初始化本地语料库数据库：应用迁移 ${name}`) });
  try {
    if (sub === 'add') {
      const added: Array<CorpusReportSummary & { created: boolean }> = [];
      for (const { file, doc } of docs) {
        const { report, created } = await corpus.store.add(doc, { fileName: args.name ?? basename(file), department: args.department, year });
        added.push({ ...report, created });
      }
      const total = await corpus.store.count();
      if (args.format === 'json') io.out(JSON.stringify({ added, total }));
      else {
        const lines = added.map((r) => `${r.created ? '已加入语料库' : '已更新（此前已在语料库中）'}：${describe(r)}`);
        lines.push(`本地语料库现有 ${total} 份报告（${corpus.stateDir}）。`);
        io.out(lines.join('\n'));
      }
    } else if (sub === 'list') {
      const { reports, total } = await corpus.store.list();
      if (args.format === 'json') io.out(JSON.stringify({ reports, total }));
      else if (total === 0) io.out(`本地语料库为空（${corpus.stateDir}）。用 jixiao corpus add <文件...> 加入往年报告。`);
      else io.out([`本地语料库共 ${total} 份报告（${corpus.stateDir}）：`, ...reports.map((r) => `  ${describe(r)}`)].join('\n'));
    } else {
      const found: CorpusReportSummary[] = [];
      const missing: string[] = [];
      for (const id of rest) {
        const r = await corpus.store.summary(id);
        if (r) found.push(r);
        else missing.push(id);
      }
      if (missing.length > 0) {
        throw new JixiaoError('CORPUS_NOT_FOUND', `语料库中没有这些报告：${missing.join('、')}（未删除任何报告；用 jixiao corpus list 查看编号）。`);
      }
      for (const r of found) await corpus.store.remove(r.id);
      const total = await corpus.store.count();
      if (args.format === 'json') io.out(JSON.stringify({ removed: found, total }));
      else io.out([...found.map((r) => `已从语料库删除：${describe(r)}`), `本地语料库现有 ${total} 份报告。`].join('\n'));
    }
  } finally {
    await corpus.dispose();
  }
  return EXIT.OK;
}

/** One report on one line: id, title, year and department, size, file, date added. */
function describe(r: CorpusReportSummary): string {
  const about = [r.year, r.department].filter((x) => x !== undefined).join('，');
  return [r.id, about ? `${r.title}（${about}）` : r.title, `${r.paragraphCount} 段`, r.fileName ?? '', r.addedAt.slice(0, 16).replace('T', ' ')].filter((x) => x !== '').join('  ');
}

function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v.trim())) throw new JixiaoError('USAGE', `--year 应为四位年份（收到：${v}）。`);
  return Number(v);
}
