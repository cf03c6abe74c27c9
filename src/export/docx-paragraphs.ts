import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, TextRun } from 'docx';
import type { LayoutLine } from '../draft/report-text';
import { FONT, GRID, INDENT_2CH, SIZE } from './gbt9704';

const font = (name: string, latin: string = FONT.latin) => ({ ascii: latin, hAnsi: latin, eastAsia: name, cs: latin });
export const LINE = { line: GRID.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** A summary phrase run in at the start of a paragraph: （一）预算执行进度偏慢。 or 1.把牢主轴、增强定力，…。 */
const RUN_IN_2 = /^（[一二三四五六七八九十]+）[^。]{2,40}。/;
const RUN_IN_3 = /^\d+\.[^。]{2,60}。/;

/** The title: 2号 方正小标宋简体, centred, one blank line after. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 35 pt exact, one blank body line after
    spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: GRID.linePitch },
    children: [new TextRun({ text, font: font(FONT.title, FONT.title), size: SIZE.title })],
  });
}

/**
 * A heading or body paragraph. Level-1 headings (一、) are 黑体 and level-2 (（一）) 楷体_GB2312,
 * both as Word Heading 1/2 so the outline and other tools see them; a run-in （一） phrase is
 * 楷体 too, a run-in 1. phrase bold 仿宋, as in 公文.
 */
export function lineParagraph(l: LayoutLine): Paragraph {
  if (l.type === 'heading') {
    return new Paragraph({
      heading: l.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      children: [new TextRun({ text: l.text })],
    });
  }
  const m = RUN_IN_2.exec(l.text) ?? RUN_IN_3.exec(l.text);
  const runs = m
    ? [new TextRun(m[0].startsWith('（') ? { text: m[0], font: font(FONT.heading2) } : { text: m[0], bold: true }), new TextRun({ text: l.text.slice(m[0].length) })]
    : [new TextRun({ text: l.text })];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: INDENT_2CH, spacing: LINE, children: runs });
}
