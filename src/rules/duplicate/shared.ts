import type { ReportDocument } from '../../model/document';
import { DEFAULT_SET_PHRASES, type DiffOp, type Region } from '../../similarity';

const regionsByDoc = new WeakMap<ReportDocument, readonly Region[]>();

/**
 * The blocks of a document as regions for the similarity core. One list per document (do not
 * change it): a report compared with many others is then recognised by the similarity core's caches.
 */
export function regionsOf(doc: ReportDocument): readonly Region[] {
  let regions = regionsByDoc.get(doc);
  if (regions === undefined) regionsByDoc.set(doc, (regions = doc.blocks.map((b) => ({ start: b.span.start, end: b.span.end, kind: b.kind }))));
  return regions;
}

/** Phrase lists by the names added: the same list (do not change it) for the same departments. */
const phraseLists = new Map<string, readonly string[]>();

/** Set phrases plus the department's own name, which a report legitimately repeats. */
export function setPhrasesFor(...docs: ReportDocument[]): readonly string[] {
  const names = docs.map((d) => d.department?.replace(/[\s\p{P}]/gu, '')).filter((n): n is string => !!n && n.length >= 4);
  const key = names.join('\u0000');
  let list = phraseLists.get(key);
  if (list === undefined) {
    if (phraseLists.size >= 1024) phraseLists.clear();
    phraseLists.set(key, (list = [...DEFAULT_SET_PHRASES, ...names]));
  }
  return list;
}

const KIND_LABEL = { exact: '完全相同', near: '基本相同', partial: '部分相同' } as const;

export function kindLabel(kind: keyof typeof KIND_LABEL): string {
  return KIND_LABEL[kind];
}

/** A similarity in [0, 1] as a percentage for messages: 0.976 → "98%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * The differences of a near copy in a few words, as seen from the side the
 * finding is on (`here`: 'a' or 'b' of the diff): "增加「我们」；删去「荣」". Only
 * changes that are not pure punctuation or spacing; at most four.
 */
export function describeDiff(diff: DiffOp[], here: 'a' | 'b'): string {
  const added = here === 'b' ? 'insert' : 'delete';
  const changes: string[] = [];
  for (const op of diff) {
    if (op.op === 'equal') continue;
    const text = op.text.replace(/[\s\p{P}]/gu, '');
    if (text === '') continue;
    const shown = text.length > 12 ? `${text.slice(0, 12)}…` : text;
    changes.push(`${op.op === added ? '增加' : '删去'}「${shown}」`);
  }
  if (changes.length === 0) return '仅标点或空格不同';
  return changes.length > 4 ? `${changes.slice(0, 4).join('；')}等 ${changes.length} 处` : changes.join('；');
}

/** The diff in a compact form for evidence (what the UI shows side by side). */
export function compactDiff(diff: DiffOp[]): Array<{ op: DiffOp['op']; text: string }> {
  return diff.map((d) => ({ op: d.op, text: d.text }));
}

/** Numbers that differ between the two sides of a diff, as {a, b} pairs. */
export function changedNumbers(diff: DiffOp[]): Array<{ a: string; b: string }> {
  const out: Array<{ a: string; b: string }> = [];
  for (let i = 0; i < diff.length; i++) {
    const d = diff[i]!;
    const next = diff[i + 1];
    if (d.op === 'delete' && next?.op === 'insert' && /\d/.test(d.text) && /\d/.test(next.text)) {
      out.push({ a: d.text.trim(), b: next.text.trim() });
      i++;
    }
  }
  return out;
}
