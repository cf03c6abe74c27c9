/**
 * What an extractor (TXT, PDF, DOCX) hands to normalization: paragraph-like
 * units in reading order, before any cleaning.
 */
export interface RawBlock {
  /** Text as extracted; may contain '\n' between visual lines of one paragraph. */
  text: string;
  /** 1-based page where the unit starts, when the source has pages. */
  page?: number;
  /** Extractor's hint: a styled heading (DOCX) or a table row (DOCX/PDF table). */
  kind?: 'heading' | 'paragraph' | 'table-row';
  /** Heading level from a style (Heading 1 → 1), when known. */
  level?: number;
  /** Table cells, when the extractor knows them. */
  cells?: string[];
  /**
   * Layout evidence that this unit continues the previous one (PDF: the previous
   * page ended mid-line-width and this page's first line is not indented).
   * Undefined means "no evidence either way"; normalization then decides from text.
   */
  continues?: boolean;
}

export interface RawDocument {
  format: 'txt' | 'pdf' | 'docx' | 'doc';
  blocks: RawBlock[];
  pageCount?: number;
}
