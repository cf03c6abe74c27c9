import { findRepeats, type Region } from '../../similarity';

/** A paragraph of the draft, located by section and position. */
interface ParagraphRef {
  section: number;
  paragraph: number;
}

/** A passage written twice in the draft, across two sections. */
interface DraftRepeat {
  /** Each side with its quote and its offsets inside the paragraph. */
  first: ParagraphRef & { quote: string; start: number; end: number };
  second: ParagraphRef & { quote: string; start: number; end: number };
  length: number;
}

/**
 * Passages repeated across sections (repeats inside one section are the writer's own
 * business and rare): the report's text is laid out with one region per paragraph.
 */
export function findDraftRepeats(sections: ReadonlyArray<readonly string[]>): DraftRepeat[] {
  let text = '';
  const regions: Region[] = [];
  const where: ParagraphRef[] = [];
  sections.forEach((paras, s) =>
    paras.forEach((p, i) => {
      regions.push({ start: text.length, end: text.length + p.length, kind: 'paragraph' });
      where.push({ section: s, paragraph: i });
      text += `${p}\n\n`;
    }),
  );
  const side = (start: number, end: number) => {
    const i = regions.findIndex((r) => start >= r.start && start < r.end);
    const base = regions[i]!.start;
    return { ...where[i]!, quote: text.slice(start, end), start: start - base, end: end - base };
  };
  return findRepeats(text, regions)
    .map((p) => ({ first: side(p.a.start, p.a.end), second: side(p.b.start, p.b.end), length: p.length }))
    .filter((r) => r.first.section !== r.second.section);
}
