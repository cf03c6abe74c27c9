/**
 * PDF → RawDocument: pdf.js text items → visual lines → paragraphs, with page furniture dropped.
 * Runs unchanged in Node and in workerd; only the CMap source differs.
 */
import { JixiaoError, MAX_PDF_PAGES } from '../../errors';
import type { RawDocument } from '../../model/raw';
import type { CMapSource } from './cmap-source';
import { removePageFurniture } from './furniture';
import { itemsToLines, type Line, type PdfTextItem } from './lines';
import { linesToBlocks } from './paragraphs';
import { loadPdfjs, type PdfjsModule } from './pdfjs';
import { assertPdfStreamsWithinLimits } from './stream-guard';

export type { CMapSource } from './cmap-source';

interface ExtractPdfOptions {
  /** Predefined CMaps for fonts that are not embedded (cmaps-node.ts / cmaps-worker.ts). */
  cmaps: CMapSource;
}

/** Extracts paragraphs (and conservative table rows) from a PDF's text layer. */
export async function extractPdf(bytes: Uint8Array, opts: ExtractPdfOptions): Promise<RawDocument> {
  await assertPdfStreamsWithinLimits(bytes); // before pdf.js inflates anything
  const pdfjs = await loadPdfjs().catch(() => {
    throw new JixiaoError('INTERNAL', undefined, { reason: 'pdf.js failed to load' });
  });
  const missingCMaps = new Set<string>();
  let task: ReturnType<PdfjsModule['getDocument']> | undefined;
  try {
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes), // a copy: pdf.js may take ownership of the buffer it is given
      CMapReaderFactory: cmapReaderFactory(opts.cmaps, missingCMaps),
      StandardFontDataFactory: NoStandardFontData,
      verbosity: pdfjs.VerbosityLevel.ERRORS, // never print warnings: the CLI writes JSON to stdout
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
    });
    const doc = await task.promise.catch((err: unknown) => {
      throw loadError(err);
    });
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new JixiaoError('TOO_MANY_PAGES', undefined, { pages: doc.numPages, max: MAX_PDF_PAGES });
    }
    const { pages, widths } = await readLines(doc);
    const blocks = linesToBlocks(removePageFurniture(pages), widths);
    if (!blocks.some((b) => b.text.trim() !== '')) {
      throw new JixiaoError('PDF_NO_TEXT', undefined, missingCMaps.size > 0 ? { missingCMaps: [...missingCMaps].sort() } : undefined);
    }
    return { format: 'pdf', blocks, pageCount: doc.numPages };
  } catch (err) {
    if (err instanceof JixiaoError) throw err;
    throw new JixiaoError('PDF_CORRUPT');
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;

/** Each page's visual lines (and page width), page by page to keep memory flat. */
async function readLines(doc: PdfDocument): Promise<{ pages: Line[][]; widths: number[] }> {
  const pages: Line[][] = [];
  const widths: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) if ('str' in it) items.push(it);
      pages.push(itemsToLines(items));
      widths.push(page.view[2]! - page.view[0]!);
      page.cleanup();
    } catch {
      throw new JixiaoError('PDF_CORRUPT', undefined, { page: n });
    }
  }
  return { pages, widths };
}

/** Maps pdf.js load failures to our codes (pdf.js exceptions are told apart by name). */
function loadError(err: unknown): JixiaoError {
  const name = err instanceof Error || (typeof err === 'object' && err !== null) ? (err as { name?: unknown }).name : undefined;
  if (name === 'PasswordException') return new JixiaoError('PDF_ENCRYPTED');
  return new JixiaoError('PDF_CORRUPT');
}

/** A pdf.js CMapReaderFactory class serving packed CMaps from a CMapSource. */
function cmapReaderFactory(source: CMapSource, missing: Set<string>) {
  return class CMapSourceReader {
    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      const data = await source.load(name);
      if (data === undefined) {
        missing.add(name);
        throw new Error(`CMap ${name} is not available`);
      }
      return { cMapData: data, isCompressed: true };
    }
  };
}

/** Standard font files only matter for rendering; refuse quietly instead of fetching. */
class NoStandardFontData {
  async fetch(): Promise<never> {
    throw new Error('standard font data not bundled');
  }
}
