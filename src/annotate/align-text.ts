import { WS } from '../text/chars';
import { unifyRadical } from '../text/radicals';

/** A K-gram that must agree before two texts are taken to be back in step after a difference. */
const GRAM = 6;
/** How far ahead (in non-space characters) a resynchronisation looks. */
const WINDOW = 4000;

/**
 * Aligns a document's normalized text with the text read from its source (document.xml):
 * for each UTF-16 unit of `normalized`, the index of the source character it came from, or -1
 * for characters normalization inserted (separators, joins) or the source does not have.
 *
 * Normalization removes and adds whitespace, maps radicals to ideographs, drops page numbers and
 * attachment labels and may add text the source keeps elsewhere (footnotes): so whitespace is
 * ignored on both sides, radicals are compared as ideographs, and after a difference the two
 * texts are resynchronised on the nearest common run of characters, never assumed equal.
 */
export function alignTexts(normalized: string, source: string): Int32Array {
  const map = new Int32Array(normalized.length).fill(-1);
  const a = compact(normalized, (c) => c);
  const b = compact(source, unifyRadical);
  let i = 0;
  let j = 0;
  while (i < a.chars.length && j < b.chars.length) {
    if (a.chars[i] === b.chars[j]) {
      map[a.index[i]!] = b.index[j]!;
      i++;
      j++;
      continue;
    }
    const skipB = findAhead(b.text, a.text.slice(i, i + GRAM), j + 1);
    const skipA = findAhead(a.text, b.text.slice(j, j + GRAM), i + 1);
    if (skipB < 0 && skipA < 0) {
      // a substituted character: step over both
      i++;
      j++;
    } else if (skipA < 0 || (skipB >= 0 && skipB - j <= skipA - i)) j = skipB;
    else i = skipA;
  }
  return map;
}

/** Where `gram` next occurs in `hay` from `from`, looking at most WINDOW characters ahead. */
function findAhead(hay: string, gram: string, from: number): number {
  if (gram.length < GRAM) return -1;
  const k = hay.slice(from, from + WINDOW + GRAM).indexOf(gram);
  return k >= 0 ? from + k : -1;
}

/** The non-space characters of a text and where each stands in it. */
function compact(text: string, canon: (c: string) => string): { chars: string[]; index: number[]; text: string } {
  const chars: string[] = [];
  const index: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (WS.test(c)) continue;
    const u = canon(c);
    chars.push(u.length === 1 ? u : c);
    index.push(k);
  }
  return { chars, index, text: chars.join('') };
}
