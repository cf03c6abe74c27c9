import { readFile, stat } from 'node:fs/promises';
import { JixiaoError, MAX_FILE_BYTES } from '../errors';
import { ingestBytes } from '../ingest/ingest';
import { nodeCMapSource } from '../ingest/pdf/cmaps-node';
import { extractPdf } from '../ingest/pdf/extract-pdf';
import type { ReportDocument } from '../model/document';

const cmaps = nodeCMapSource();

/** Reads a report file from disk into a ReportDocument (Node: CMaps from node_modules). */
export async function ingestFile(path: string): Promise<ReportDocument> {
  return ingestLocalBytes(await readLocalFile(path));
}

/** A report file's bytes into a ReportDocument (Node: CMaps from node_modules). */
export function ingestLocalBytes(bytes: Uint8Array): Promise<ReportDocument> {
  return ingestBytes(bytes, (b) => extractPdf(b, { cmaps }));
}

/** Reads a report file like ingestFile (or with `read`), naming the file in any error about its content. */
export async function ingestNamed(file: string, read: (file: string) => Promise<ReportDocument> = ingestFile): Promise<ReportDocument> {
  try {
    return await read(file);
  } catch (err) {
    if (err instanceof JixiaoError && err.code !== 'FILE_NOT_FOUND') throw new JixiaoError(err.code, `文件「${file}」：${err.message}`, err.details);
    throw err;
  }
}

/** Reads a local file, with Chinese errors for a missing path or an oversized file. */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new JixiaoError('FILE_NOT_FOUND', `不是文件：${path}`);
    size = s.size;
  } catch (err) {
    if (err instanceof JixiaoError) throw err;
    throw new JixiaoError('FILE_NOT_FOUND', `找不到文件：${path}`);
  }
  if (size > MAX_FILE_BYTES) throw new JixiaoError('FILE_TOO_LARGE');
  return new Uint8Array(await readFile(path));
}
