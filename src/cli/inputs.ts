import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { JixiaoError } from '../errors';
import { globToRegExp, isGlob, splitGlob } from './glob';

/** File names a folder or a pattern picks up: the formats Jixiao reads. */
const REPORT_FILE = /\.(pdf|docx|doc|txt)$/i;

/**
 * Turns the command line's file arguments into the list of files to read, in order and each
 * once: a file as given (whatever its name: the format is told from its bytes), a folder as the
 * .pdf/.docx/.doc/.txt files below it (recursively, in name order, skipping hidden folders and
 * node_modules), a glob pattern as the report files it matches. An argument that names
 * nothing is FILE_NOT_FOUND.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    const kind = await kindOf(arg);
    if (kind === 'file') add(arg);
    else if (kind === 'dir') {
      const found = await walk(arg);
      if (found.length === 0) throw new JixiaoError('FILE_NOT_FOUND', `目录中没有 PDF、Word（.docx、.doc）或 TXT 文件：${arg}`);
      found.forEach(add);
    } else if (isGlob(arg)) {
      const found = await matchGlob(arg);
      if (found.length === 0) throw new JixiaoError('FILE_NOT_FOUND', `没有与「${arg}」匹配的 PDF、Word（.docx、.doc）或 TXT 文件。`);
      found.forEach(add);
    } else throw new JixiaoError('FILE_NOT_FOUND', `找不到文件：${arg}`);
  }
  return files;
}

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** Every report file below `dir`, sorted by path. */
async function walk(dir: string): Promise<string[]> {
  return (await walkAll(dir)).filter((p) => REPORT_FILE.test(p));
}

async function matchGlob(pattern: string): Promise<string[]> {
  const { base, rest } = splitGlob(pattern.split(sep).join('/'));
  if ((await kindOf(base)) !== 'dir') return [];
  const re = globToRegExp(rest);
  const all = await walkAll(base);
  return all.filter((p) => re.test(relative(base, p).split(sep).join('/')) && REPORT_FILE.test(p));
}

/** Every file below `dir` (hidden folders, node_modules and links to folders skipped), sorted by name. */
async function walkAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string) => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') await visit(p);
      } else if (e.isFile() || (e.isSymbolicLink() && (await kindOf(p)) === 'file')) out.push(p);
    }
  };
  await visit(dir);
  return out;
}
