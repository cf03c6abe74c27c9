import type { Finding } from '../check/types';
import { buildReportDocx } from '../export/report-docx';
import type { ReportDocument } from '../model/document';
import { annotateDocx, type AnnotateStats } from './annotate-docx';

/**
 * The checked report with each finding as a Word comment: for a .docx the same file with
 * comments added; for PDF, TXT and .doc a new .docx of the report text (GB/T 9704 layout)
 * carrying the same comments.
 */
export async function annotateReport(input: {
  doc: ReportDocument;
  findings: readonly Finding[];
  /** The checked file's bytes, when it was a file. */
  bytes?: Uint8Array | undefined;
}): Promise<{ bytes: Uint8Array; stats: AnnotateStats; newDocument: boolean }> {
  const own = input.doc.format === 'docx' && input.bytes !== undefined;
  const base = own ? input.bytes! : await buildReportDocx(input.doc);
  const r = annotateDocx(base, input.doc, input.findings);
  return { ...r, newDocument: !own };
}
