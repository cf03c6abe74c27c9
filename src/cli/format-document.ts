import type { ReportDocument, Section } from '../model/document';

/** The outline of a document as indented lines, one section per line. */
export function formatOutline(doc: ReportDocument): string[] {
  const lines: string[] = [];
  const walk = (list: Section[], depth: number) => {
    for (const s of list) {
      lines.push(`${'  '.repeat(depth)}${s.title}`);
      walk(s.children, depth + 1);
    }
  };
  walk(doc.sections, 0);
  return lines;
}

const KIND_LABEL = { heading: '标题', paragraph: '段落', 'table-row': '表格' } as const;

/** A terminal-readable rendering: metadata, outline, then every block with its place. */
export function formatDocumentText(doc: ReportDocument): string {
  const fmt = { pdf: 'PDF', docx: 'Word', doc: 'Word 97–2003（.doc）', txt: '文本' }[doc.format];
  const head = [
    `标题：${doc.title}`,
    doc.department ? `部门：${doc.department}` : null,
    doc.year ? `年度：${doc.year}` : null,
    `格式：${fmt}${doc.pageCount ? `，${doc.pageCount} 页` : ''}；${doc.blocks.length} 个段落，${doc.text.length} 字`,
  ].filter((l): l is string => l !== null);
  const outline = formatOutline(doc);
  const blocks = doc.blocks.map((b) => {
    const where = [b.page ? `第${b.page}页` : null, KIND_LABEL[b.kind]].filter(Boolean).join(' ');
    return `[${b.id} ${where}] ${doc.text.slice(b.span.start, b.span.end)}`;
  });
  return [...head, '', '目录：', ...(outline.length ? outline : ['（未识别到章节标题）']), '', '正文：', ...blocks, ''].join('\n');
}
