// Test helper: what a reader of the annotated .docx sees — each comment's text and the text its
// range covers — read straight from the XML, independently of the annotating code.
import { unzipText } from '../export/test-unzip';

interface ReadComment {
  id: string;
  author: string;
  initials: string;
  text: string;
  /** The document text between the comment's range start and end (paragraphs joined by '\n'). */
  anchored: string;
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** The comments of a .docx with their anchored text, and the document's full text. */
export function readComments(bytes: Uint8Array): { comments: ReadComment[]; documentText: string; files: Record<string, string> } {
  const files = unzipText(bytes);
  const doc = files['word/document.xml']!;
  const open = new Map<string, string[]>();
  const anchored = new Map<string, string>();
  let text = '';
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:p>|<w:commentRange(Start|End) w:id="(\d+)"\/>/g;
  for (const m of doc.matchAll(re)) {
    let piece = '';
    if (m[1] !== undefined) piece = decode(m[1]);
    else if (m[0] === '<w:tab/>') piece = '\t';
    else if (m[0] === '</w:p>') piece = '\n';
    else if (m[2] === 'Start') open.set(m[3]!, []);
    else {
      anchored.set(m[3]!, (open.get(m[3]!) ?? []).join(''));
      open.delete(m[3]!);
    }
    if (piece) {
      text += piece;
      for (const parts of open.values()) parts.push(piece);
    }
  }
  const comments: ReadComment[] = [];
  for (const m of (files['word/comments.xml'] ?? '').matchAll(/<w:comment w:id="(\d+)" w:author="([^"]*)" w:initials="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    const body = [...m[4]!.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''));
    comments.push({ id: m[1]!, author: m[2]!, initials: m[3]!, text: body.join('\n'), anchored: anchored.get(m[1]!) ?? '' });
  }
  return { comments, documentText: text, files };
}
