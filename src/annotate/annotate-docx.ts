import type { Finding } from '../check/types';
import { JixiaoError } from '../errors';
import type { ReportDocument } from '../model/document';
import { alignTexts } from './align-text';
import { commentParagraphs } from './comment-text';
import { documentXmlText, type Atom, type RunInfo, type TextElement } from './document-xml-text';
import { addOverride, addRelationship, insertBeforeClose, OoxmlPackage, readRelationships, relsPathOf, resolveTarget } from './ooxml-package';

const COMMENT_AUTHOR = 'Jixiao';
const COMMENT_INITIALS = 'JX';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface AnnotateStats {
  /** Comments added (one per finding). */
  comments: number;
  /** Findings whose span could not be found in the file and were anchored on the nearest text. */
  approximate: number;
}

/**
 * Returns the same .docx with each finding as a Word comment anchored on its span. Only
 * document.xml (runs split where a comment starts or ends, markers and reference runs added),
 * the comments part, [Content_Types].xml and document.xml.rels change; every other part is
 * written back byte for byte.
 */
export function annotateDocx(bytes: Uint8Array, doc: ReportDocument, findings: readonly Finding[]): { bytes: Uint8Array; stats: AnnotateStats } {
  const pkg = OoxmlPackage.read(bytes);
  const mainPart = findMainPart(pkg);
  const xml = pkg.text(mainPart);
  if (xml === undefined) throw new JixiaoError('DOCX_CORRUPT');
  const relsPath = relsPathOf(mainPart);
  let rels = pkg.text(relsPath) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const commentsRel = readRelationships(rels).find((r) => r.type === REL_COMMENTS);
  const commentsPart = commentsRel ? resolveTarget(mainPart, commentsRel.target) : resolveTarget(mainPart, 'comments.xml');
  const existingComments = pkg.text(commentsPart);

  const source = documentXmlText(xml);
  const map = alignTexts(doc.text, source.text);
  let nextId = firstFreeId(xml, existingComments);
  const edits = new EditList(xml);
  const comments: string[] = [];
  let approximate = 0;
  for (const f of findings) {
    const range = anchorRange(map, source.atoms, f.start, f.end);
    if (!range) continue;
    if (range.approximate) approximate++;
    const id = nextId++;
    edits.insert(before(xml, range.first), 'start', `<w:commentRangeStart w:id="${id}"/>`);
    edits.insert(after(xml, range.last), 'end', `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    comments.push(commentXml(id, commentParagraphs(f)));
  }
  if (comments.length === 0) return { bytes, stats: { comments: 0, approximate: 0 } };

  pkg.setText(mainPart, edits.apply());
  pkg.setText(
    commentsPart,
    existingComments !== undefined
      ? insertBeforeClose(existingComments, 'comments', comments.join(''))
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`,
  );
  if (!commentsRel) {
    rels = addRelationship(rels, REL_COMMENTS, relativeTarget(mainPart, commentsPart)).xml;
    pkg.setText(relsPath, rels);
  }
  const types = pkg.text('[Content_Types].xml');
  if (types === undefined) throw new JixiaoError('DOCX_CORRUPT');
  const newTypes = addOverride(types, `/${commentsPart}`, CT_COMMENTS);
  if (newTypes !== types) pkg.setText('[Content_Types].xml', newTypes);
  return { bytes: pkg.write(), stats: { comments: comments.length, approximate } };
}

function findMainPart(pkg: OoxmlPackage): string {
  const rels = pkg.text('_rels/.rels');
  const main = rels ? readRelationships(rels).find((r) => r.type === REL_OFFICE_DOCUMENT) : undefined;
  const part = main ? resolveTarget('', main.target) : 'word/document.xml';
  if (!pkg.has(part)) throw new JixiaoError('DOCX_CORRUPT');
  return part;
}

function relativeTarget(from: string, to: string): string {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return to.startsWith(dir) ? to.slice(dir.length) : `/${to}`;
}

/** One more than the largest comment id already used in the document or its comments part. */
function firstFreeId(xml: string, comments: string | undefined): number {
  let max = -1;
  const scan = (s: string, re: RegExp) => {
    for (const m of s.matchAll(re)) max = Math.max(max, Number(m[1]));
  };
  scan(xml, /<w:comment(?:RangeStart|RangeEnd|Reference)\b[^>]*\bw:id="(\d+)"/g);
  if (comments) scan(comments, /<w:comment\b[^>]*\bw:id="(\d+)"/g);
  return max + 1;
}

/**
 * The first and last source characters behind a span of normalized text. A span none of whose
 * characters is found in the source (text the file keeps elsewhere) is anchored on the nearest
 * character before it, so no finding is lost.
 */
function anchorRange(map: Int32Array, atoms: Array<Atom | null>, start: number, end: number): { first: Atom; last: Atom; approximate: boolean } | null {
  let first: Atom | null = null;
  let last: Atom | null = null;
  for (let i = start; i < end && i < map.length; i++) {
    const a = map[i]! >= 0 ? atoms[map[i]!] : null;
    if (a) {
      first ??= a;
      last = a;
    }
  }
  if (first && last) return { first, last, approximate: false };
  for (let i = Math.min(start, map.length) - 1; i >= 0; i--) {
    const a = map[i]! >= 0 ? atoms[map[i]!] : null;
    if (a) return { first: a, last: a, approximate: true };
  }
  for (let i = end; i < map.length; i++) {
    const a = map[i]! >= 0 ? atoms[map[i]!] : null;
    if (a) return { first: a, last: a, approximate: true };
  }
  return null;
}

/** A place in document.xml: a position between elements, or inside a run that must be split there. */
interface Point {
  pos: number;
  split?: { run: RunInfo; t?: TextElement };
}

const blank = (s: string) => s.trim() === '';

/** The point just before a character: before its run when it opens the run, else a split. */
function before(xml: string, a: Atom): Point {
  let child = a.xmlStart;
  if (a.t) {
    if (a.xmlStart !== a.t.openEnd) return { pos: a.xmlStart, split: { run: a.run, t: a.t } };
    child = a.t.openStart;
  }
  if (blank(xml.slice(a.run.contentStart, child))) return { pos: a.run.start };
  return { pos: child, split: { run: a.run } };
}

/** The point just after a character: after its run when it closes the run, else a split. */
function after(xml: string, a: Atom): Point {
  let child = a.xmlEnd;
  if (a.t) {
    if (a.xmlEnd !== a.t.closeStart) return { pos: a.xmlEnd, split: { run: a.run, t: a.t } };
    child = a.t.closeEnd;
  }
  if (blank(xml.slice(child, a.run.closeStart))) return { pos: a.run.end };
  return { pos: child, split: { run: a.run } };
}

/** Insertions into document.xml, applied at once from the end so offsets stay valid. */
class EditList {
  private points = new Map<number, { split?: Point['split']; end: string[]; start: string[] }>();
  private preserve = new Set<TextElement>();

  constructor(private readonly xml: string) {}

  insert(p: Point, kind: 'start' | 'end', markup: string): void {
    let e = this.points.get(p.pos);
    if (!e) {
      e = { split: p.split, end: [], start: [] };
      this.points.set(p.pos, e);
    }
    e[kind].push(markup);
    if (p.split?.t && !p.split.t.preserve) this.preserve.add(p.split.t);
  }

  apply(): string {
    type Edit = { start: number; end: number; text: string };
    const edits: Edit[] = [];
    for (const [pos, e] of this.points) {
      const markers = e.end.join('') + e.start.join('');
      if (!e.split) edits.push({ start: pos, end: pos, text: markers });
      else {
        const inT = e.split.t !== undefined;
        const text = `${inT ? '</w:t>' : ''}</w:r>${markers}<w:r>${e.split.run.rPr}${inT ? '<w:t xml:space="preserve">' : ''}`;
        edits.push({ start: pos, end: pos, text });
      }
    }
    for (const t of this.preserve) {
      const tag = this.xml.slice(t.openStart, t.openEnd);
      edits.push({ start: t.openStart, end: t.openEnd, text: tag.replace(/^<w:t\b/, '<w:t xml:space="preserve"') });
    }
    // In document order; at one offset an insertion goes before the replacement of a tag there.
    edits.sort((x, y) => x.start - y.start || x.end - y.end);
    const parts: string[] = [];
    let at = 0;
    for (const e of edits) {
      parts.push(this.xml.slice(at, e.start), e.text);
      at = e.end;
    }
    parts.push(this.xml.slice(at));
    return parts.join('');
  }
}

const XML_BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const esc = (s: string) => s.replace(XML_BAD, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function commentXml(id: number, paragraphs: string[]): string {
  const body = paragraphs.map((p, i) => `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return `<w:comment w:id="${id}" w:author="${COMMENT_AUTHOR}" w:initials="${COMMENT_INITIALS}">${body}</w:comment>`;
}
