/** A half-open range [start, end) of UTF-16 offsets into a source text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A span of the source text with the kind of block it is (as in the document model). */
export interface Region extends TextSpan {
  kind?: 'heading' | 'paragraph' | 'table-row';
}

/** One step of a character-level diff between two passages. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  /** Source text of the step: side A for equal/delete, side B for insert. */
  text: string;
  /** Source span on side A (equal, delete). */
  a?: TextSpan;
  /** Source span on side B (equal, insert). */
  b?: TextSpan;
}

export type PassageKind = 'exact' | 'near' | 'partial';
