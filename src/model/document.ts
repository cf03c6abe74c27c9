import { z } from 'zod';

/** A half-open range of UTF-16 offsets into a document's normalized `text`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

const BlockKind = z.enum(['heading', 'paragraph', 'table-row']);
type BlockKind = z.infer<typeof BlockKind>;

/** One heading, paragraph or flattened table row of a report. */
export const Block = z.object({
  id: z.string().describe('稳定编号，如 b12'),
  kind: BlockKind,
  span: Span,
  /** Titles of the enclosing sections, outermost first. */
  path: z.array(z.string()),
  /** Id of the innermost enclosing section, if any. */
  sectionId: z.string().optional(),
  /** 1-based page where the block starts, when the source has pages. */
  page: z.number().int().positive().optional(),
  /** For table rows: the cells as separate strings. */
  cells: z.array(z.string()).optional(),
});
export type Block = z.infer<typeof Block>;

export type Section = {
  id: string;
  /** Heading text as written, e.g. "（一）部门概况". */
  title: string;
  /** 1 = 一、 2 = （一） 3 = 1. 4 = （1） */
  level: number;
  /** Offsets of the whole section, heading included. */
  span: Span;
  /** Id of the block that opens the section. */
  blockId: string;
  children: Section[];
};
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    level: z.number().int().min(1).max(6),
    span: Span,
    blockId: z.string(),
    children: z.array(Section),
  }),
);

/**
 * Offset map from normalized text back to the original text: a list of runs
 * [normStart, origStart, length] where text was copied unchanged; offsets
 * between runs map to the nearest preceding run end.
 */
export const OffsetMap = z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()]));
export type OffsetMap = z.infer<typeof OffsetMap>;

const SourceFormat = z.enum(['txt', 'pdf', 'docx', 'doc']);
type SourceFormat = z.infer<typeof SourceFormat>;

/** A report after ingestion: normalized text, blocks and the section tree. */
export const ReportDocument = z.object({
  id: z.string().describe('内容哈希，同一文本得到同一编号'),
  title: z.string(),
  year: z.number().int().optional(),
  department: z.string().optional(),
  format: SourceFormat,
  pageCount: z.number().int().optional(),
  text: z.string().describe('规范化后的全文'),
  blocks: z.array(Block),
  sections: z.array(Section),
  original: z.string().describe('抽取得到的原始文本'),
  offsetMap: OffsetMap,
});
export type ReportDocument = z.infer<typeof ReportDocument>;
