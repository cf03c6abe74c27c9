import type { MappedString } from './mapped-string';
import { isCjkLike, isWsCode } from './chars';
import { hasRadicals, unifyRadical } from './radicals';

/**
 * Appends `line` (which starts at `origin` in the original) to `out` with the
 * whitespace PDF extraction adds removed: spaces touching a CJK character or
 * Chinese punctuation vanish ("2021 年" → "2021年", "万元 ，" → "万元，"); other
 * whitespace runs (between Latin words or between numbers) become one space.
 */
export function appendCleanLine(out: MappedString, line: string, origin: number): void {
  let i = 0;
  const n = line.length;
  while (i < n && isWsCode(line.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isWsCode(line.charCodeAt(end - 1))) end--;
  let runStart = i;
  while (i < end) {
    if (!isWsCode(line.charCodeAt(i))) {
      i++;
      continue;
    }
    // flush the non-space run before this whitespace
    copyText(out, line.slice(runStart, i), origin + runStart);
    const wsStart = i;
    while (i < end && isWsCode(line.charCodeAt(i))) i++;
    const left = line[wsStart - 1];
    const right = line[i];
    if (!isCjkLike(left) && !isCjkLike(right)) out.copy(' ', origin + wsStart);
    runStart = i;
  }
  copyText(out, line.slice(runStart, end), origin + runStart);
}

/**
 * Copies text, mapping CJK radicals that some PDF producers emit for ideographs
 * (⼈ for 人, ⺠ for 民) back to the ideographs; each replacement keeps the
 * origin of the character it replaces.
 */
function copyText(out: MappedString, text: string, origin: number): void {
  if (!hasRadicals(text)) {
    out.copy(text, origin);
    return;
  }
  let i = 0;
  for (const ch of text) {
    const mapped = unifyRadical(ch);
    if (mapped === ch) out.copy(ch, origin + i);
    else out.copyAs(mapped, origin + i);
    i += ch.length;
  }
}

/**
 * Joins the visual lines of one paragraph: lines join with nothing, except
 * two Latin words, which get one space.
 */
export function appendCleanLines(out: MappedString, text: string, origin: number): void {
  let pos = 0;
  let first = true;
  for (const line of text.split('\n')) {
    const lineOrigin = origin + pos;
    pos += line.length + 1;
    if (line.trim() === '') continue;
    if (!first) {
      const prev = out.last();
      const next = line.replace(/^[\s\u3000]+/, '')[0];
      // Only words need a space; a number the layout broke ("8" ⏎ "2.1%") joins up.
      if (prev !== undefined && next !== undefined && /[A-Za-z]/.test(prev) && /[A-Za-z]/.test(next)) out.insert(' ');
    }
    appendCleanLine(out, line.replace(/\r$/, ''), lineOrigin);
    first = false;
  }
}
