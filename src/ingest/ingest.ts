import { JixiaoError } from '../errors';
import { LIMITS } from '../limits';
import { assertNumberDigits, assertReportChars } from '../limits-enforce';
import type { ReportDocument } from '../model/document';
import type { RawDocument } from '../model/raw';
import { buildDocument } from '../text/build-document';
import { detectType } from './detect-type';
import { extractDocx } from './extract-docx';
import { extractPastedText, extractTxt } from './extract-txt';

/** PDF extraction differs between Node and the Worker (how CMaps load), so it is injected. */
export type PdfExtractor = (bytes: Uint8Array) => Promise<RawDocument>;

/**
 * Raw text may carry whitespace that normalization removes, so before normalizing it is
 * allowed twice the report limit; the normalized text is then held to the limit itself.
 */
const RAW_CHARS = 2 * LIMITS.reportChars;

/** Turns the bytes of a TXT, PDF, DOCX or DOC file into a ReportDocument. */
export async function ingestBytes(bytes: Uint8Array, extractPdf: PdfExtractor): Promise<ReportDocument> {
  if (bytes.byteLength === 0) throw new JixiaoError('EMPTY_FILE');
  if (bytes.byteLength > LIMITS.fileBytes) throw new JixiaoError('FILE_TOO_LARGE');
  const type = detectType(bytes);
  // the .doc reader (and its OLE package, cfb) is loaded for .doc files only
  const raw = type === 'pdf' ? await extractPdf(bytes) : type === 'docx' ? await extractDocx(bytes) : type === 'doc' ? (await import('./doc/extract-doc')).extractDoc(bytes) : extractTxt(bytes);
  return finish(raw);
}

/** Turns pasted text into a ReportDocument. */
export async function ingestText(text: string): Promise<ReportDocument> {
  if (text.length > RAW_CHARS) assertReportChars(text.length);
  // at most 3 UTF-8 bytes per UTF-16 unit: only a text that could be over the file limit is encoded to count
  if (text.length * 3 > LIMITS.fileBytes && new TextEncoder().encode(text).byteLength > LIMITS.fileBytes) throw new JixiaoError('FILE_TOO_LARGE');
  return finish(extractPastedText(text));
}

async function finish(raw: RawDocument): Promise<ReportDocument> {
  let chars = 0;
  for (const b of raw.blocks) chars += b.text.length;
  if (chars > RAW_CHARS) assertReportChars(chars);
  for (const b of raw.blocks) assertNumberDigits(b.text);
  const doc = await buildDocument(raw);
  if (doc.text.trim() === '') throw new JixiaoError('EMPTY_FILE');
  assertReportChars(doc.text.length);
  assertNumberDigits(doc.text); // normalization may join a number broken across lines
  return doc;
}
