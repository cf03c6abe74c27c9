import { Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx';
import type { Block, ReportDocument, Section } from '../model/document';
import { gbt9704Docx } from './docx';
import { lineParagraph, titleParagraph } from './docx-paragraphs';

/**
 * A report read from PDF, TXT or .doc as a new .docx in the GB/T 9704 layout the export uses:
 * the title, headings (一、 and （一） as Word headings), paragraphs, and table rows as tables.
 * The text is the document's normalized text block for block, so its offsets map back.
 */
export async function buildReportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const levels = new Map<string, number>();
  const walk = (list: Section[]) => list.forEach((s) => (levels.set(s.blockId, s.level), walk(s.children)));
  walk(doc.sections);
  const children: FileChild[] = [];
  let rows: Block[] = [];
  const flushTable = () => {
    if (rows.length === 0) return;
    children.push(tableOf(doc, rows));
    rows = [];
  };
  doc.blocks.forEach((b, i) => {
    const text = doc.text.slice(b.span.start, b.span.end);
    if (b.kind === 'table-row') {
      rows.push(b);
      return;
    }
    flushTable();
    const level = levels.get(b.id);
    if (i === 0 && b.kind === 'heading' && level === undefined && text === doc.title) children.push(titleParagraph(text));
    else if (b.kind === 'heading' && (level === 1 || level === 2)) children.push(lineParagraph({ type: 'heading', level, text }));
    else children.push(lineParagraph({ type: 'paragraph', text }));
  });
  flushTable();
  return gbt9704Docx(doc.title, children);
}

function tableOf(doc: ReportDocument, rows: Block[]): Table {
  const width = Math.max(...rows.map((r) => r.cells?.length ?? 1));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          children: (r.cells ?? [doc.text.slice(r.span.start, r.span.end)]).map((c, k, all) => new TableCell({ columnSpan: k === all.length - 1 ? width - k : 1, children: [new Paragraph({ text: c })] })),
        }),
    ),
  });
}
