import { isCjkLike } from '../../text/chars';

/** ASCII punctuation written inside Chinese text, and its full-width form. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Full-width punctuation next to Chinese characters; digits and Latin words keep theirs (3.5, e.g.). */
export function fullWidthPunctuation(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const full = FULL_WIDTH[ch];
    const near = isCjkLike(s[i - 1]) || isCjkLike(s[i + 1]);
    if (full && near) out += full;
    else if (ch === '.' && isCjkLike(s[i - 1]) && !/\d/.test(s[i + 1] ?? '')) out += '。';
    else out += ch;
  }
  return out;
}

/** Text from a request made fit for a paragraph: one line, full-width punctuation, no spaces around Chinese, ends with 。 */
export function normalizeSentence(s: string): string {
  let t = fullWidthPunctuation(s.replace(/\s+/g, ' ').trim());
  t = t.replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/g, '');
  t = t.replace(/[！!]+/g, '。').replace(/[，、；：]+$/, '');
  return t === '' || /[。？”]$/.test(t) ? t : `${t}。`;
}
