import type { DraftFigures } from './request';
import type { DraftedSection } from './result';
import { chineseOrdinal, outline, SECTION_KINDS, type SectionKind } from './sections';

/** The report's title: 2021年××部门整体支出绩效自评报告. */
export function reportTitle(figures: Pick<DraftFigures, 'department' | 'year'>, year = figures.year): string {
  return `${year !== undefined ? `${year}年` : ''}${figures.department ?? ''}部门整体支出绩效自评报告`;
}

/** A section to lay out: drafted ones carry their kind; others are placed as level-1 parts. */
export interface LayoutSection {
  kind?: SectionKind | undefined;
  title: string;
  text: string;
}

export type LayoutLine = { type: 'heading'; level: 1 | 2; text: string } | { type: 'paragraph'; text: string };

/**
 * The lines of the report in reading order: part and section headings numbered as in the
 * common template (一、基本情况 / （一）部门整体收支情况 …), each section's paragraphs under it.
 */
export function layoutReport(sections: readonly LayoutSection[]): LayoutLine[] {
  const known = sections.every((s) => s.kind !== undefined && SECTION_KINDS.includes(s.kind));
  const paragraphs = (s: LayoutSection): LayoutLine[] =>
    s.text
      .split('\n')
      .map((t) => t.trim())
      .filter((t) => t !== '')
      .map((text) => ({ type: 'paragraph', text }));
  if (!known) {
    return sections.flatMap((s, i): LayoutLine[] => [{ type: 'heading', level: 1, text: `${chineseOrdinal(i + 1)}、${s.title}` }, ...paragraphs(s)]);
  }
  const byKind = new Map(sections.map((s) => [s.kind!, s]));
  return outline([...byKind.keys()]).flatMap((h): LayoutLine[] => [{ type: 'heading', level: h.level, text: h.heading }, ...(h.kind ? paragraphs(byKind.get(h.kind)!) : [])]);
}

/** The draft as plain text: title, numbered headings, paragraphs. */
export function reportText(title: string, sections: readonly DraftedSection[]): string {
  const lines = layoutReport(sections).map((l) => l.text);
  return [title, '', ...lines].join('\n');
}
