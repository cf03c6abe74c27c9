import { writeFile } from 'node:fs/promises';
import { annotateReport } from '../annotate/annotate-report';
import type { Finding } from '../check/types';
import { JixiaoError } from '../errors';
import type { ReportDocument } from '../model/document';
import type { Io } from './io';
import { readLocalFile } from './node-ingest';

/** Writes the checked report with each finding as a Word comment (see src/annotate). */
export async function writeAnnotated(out: string, file: string, doc: ReportDocument, findings: readonly Finding[], io: Io): Promise<void> {
  const bytes = doc.format === 'docx' ? await readLocalFile(file) : undefined;
  const r = await annotateReport({ doc, findings, bytes });
  try {
    await writeFile(out, r.bytes);
  } catch {
    throw new JixiaoError('USAGE', `无法写入文件：${out}`);
  }
  const notes = [r.stats.approximate > 0 ? `其中 ${r.stats.approximate} 条在原文中找不到对应文字，标在最近的位置` : '', r.newDocument ? '原文件不是 .docx，已按 GB/T 9704 版式生成新的 Word 文件' : ''].filter(
    Boolean,
  );
  io.err(`已写入带批注的报告：${out}（${r.stats.comments} 条批注${notes.map((n) => `；${n}`).join('')}）`);
}
