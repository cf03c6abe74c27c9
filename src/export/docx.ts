import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { layoutReport, type LayoutSection } from '../draft/report-text';
import { LINE, lineParagraph, titleParagraph } from './docx-paragraphs';
import { FONT, GRID, INDENT_2CH, PAGE, SIZE } from './gbt9704';
import { stripXmlForbidden } from './xml-chars';

interface DocxInput {
  title: string;
  sections: readonly LayoutSection[];
}

const font = (name: string, latin: string = FONT.latin) => ({ ascii: latin, hAnsi: latin, eastAsia: name, cs: latin });

/** "— 1 —" in 4号 宋体, half-width digits: odd pages on the right, even pages on the left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = SIZE.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.pageNumber, FONT.pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });
}

const heading = (name: string) => ({
  run: { font: font(name), size: SIZE.body, bold: false, color: '000000' },
  paragraph: { spacing: LINE, indent: INDENT_2CH, keepNext: true },
});

/** The draft as a .docx laid out per GB/T 9704-2012: A4, 公文 margins, fonts, 22 × 28 grid, page numbers. */
export async function buildDocx(raw: DocxInput): Promise<Uint8Array> {
  const input: DocxInput = {
    title: stripXmlForbidden(raw.title),
    sections: raw.sections.map((s) => ({ ...s, title: stripXmlForbidden(s.title), text: stripXmlForbidden(s.text) })),
  };
  return gbt9704Docx(input.title, [titleParagraph(input.title), ...layoutReport(input.sections).map(lineParagraph)]);
}

/** Any body (paragraphs, tables) as a .docx with the GB/T 9704-2012 page, styles and page numbers. */
export async function gbt9704Docx(title: string, children: FileChild[]): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'Jixiao',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONT.body), size: SIZE.body, characterSpacing: GRID.condense }, paragraph: { spacing: LINE } },
        heading1: heading(FONT.heading1),
        heading2: heading(FONT.heading2),
      },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run: { font: font(FONT.body), size: SIZE.body, characterSpacing: GRID.condense }, paragraph: { spacing: LINE } }],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer } },
          // no snapping grid: exact 28.95 pt lines give the 22 lines, and a 22 pt title keeps single lines in LibreOffice
          grid: { type: DocumentGridType.DEFAULT, linePitch: GRID.linePitch },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
