/**
 * The visible text of a WordprocessingML document.xml, in reading order, with every character
 * tied to the place in the XML it comes from: enough to split a run at any character and to put
 * comment markers between runs, while the rest of the XML stays byte for byte as it was.
 *
 * Read like mammoth reads it: w:t text of runs anywhere in the body (hyperlinks, simple and
 * complex field results, inserted text, content controls, table cells), w:tab as a tab, w:br and
 * w:cr as line breaks, a paragraph end as '\n'; field codes (w:instrText), deleted text
 * (w:delText) and the mc:Choice branch of alternate content are not text.
 */

/** A w:r element and what a split needs: where it starts and ends, its properties as written. */
export interface RunInfo {
  start: number;
  /** Just after the run's open tag and its w:rPr (where its content begins). */
  contentStart: number;
  /** Where `</w:r>` starts. */
  closeStart: number;
  /** Just after `</w:r>`. */
  end: number;
  /** The w:rPr element exactly as written ('' when the run has none). */
  rPr: string;
}

/** The w:t element a character is in. */
export interface TextElement {
  openStart: number;
  openEnd: number;
  closeStart: number;
  closeEnd: number;
  preserve: boolean;
}

/** Where a character of the text sits: a character inside a w:t, or a whole element (w:tab, w:br). */
export interface Atom {
  run: RunInfo;
  /** XML offsets of the character (its entity, if escaped) or of the element. */
  xmlStart: number;
  xmlEnd: number;
  /** Set for characters inside a w:t. */
  t?: TextElement;
}

interface DocumentXmlText {
  text: string;
  /** One entry per UTF-16 unit of `text`; null for paragraph ends. */
  atoms: Array<Atom | null>;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/y;

interface Frame {
  name: string;
  run?: PendingRun;
  t?: TextElement;
}
type PendingRun = Omit<RunInfo, 'closeStart' | 'end'> & Partial<Pick<RunInfo, 'closeStart' | 'end'>>;

/** Walks document.xml into its text and atoms. */
export function documentXmlText(xml: string): DocumentXmlText {
  const chars: string[] = [];
  const atoms: Array<Atom | null> = [];
  const stack: Frame[] = [];
  let skipDepth = 0; // inside mc:Choice
  let rPrStart = -1;
  const runOf = (): PendingRun | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.name === 'w:r') return stack[i]!.run;
    return undefined;
  };
  const parentName = () => stack[stack.length - 1]?.name;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const at = m.index;
    const end = at + m[0].length;
    const [, cdata, close, name, attrs, selfClose, textPart] = m;
    if (textPart !== undefined || cdata !== undefined) {
      const frame = stack[stack.length - 1];
      if (skipDepth > 0 || frame?.name !== 'w:t' || !frame.t) continue;
      const run = runOf();
      if (!run) continue;
      if (cdata !== undefined) {
        // a CDATA section is never cut: its characters all stand for the whole section
        for (let i = 0; i < cdata.length; i++) push(cdata[i]!, { run: run as RunInfo, xmlStart: at, xmlEnd: end, t: frame.t });
        continue;
      }
      const s = textPart!;
      for (let i = 0; i < s.length;) {
        let ch: string;
        let len: number;
        if (s[i] === '&') {
          ENTITY.lastIndex = i;
          const e = ENTITY.exec(s);
          if (e) {
            ch = decodeEntity(e[1]!);
            len = e[0].length;
          } else {
            ch = '&';
            len = 1;
          }
        } else {
          ch = s[i]!;
          len = 1;
        }
        for (const unit of splitUnits(ch)) push(unit, { run: run as RunInfo, xmlStart: at + i, xmlEnd: at + i + len, t: frame.t });
        i += len;
      }
      continue;
    }
    if (name === undefined) continue;
    if (close) {
      // pop to the matching element (tolerates nothing fancier than well-formed XML)
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.name !== name) k--;
      if (k < 0) continue;
      const frame = stack[k]!;
      stack.length = k;
      if (name === 'mc:Choice') skipDepth--;
      if (skipDepth > 0) continue;
      if (name === 'w:rPr' && rPrStart >= 0 && stack[stack.length - 1]?.name === 'w:r') {
        const run = stack[stack.length - 1]!.run!;
        run.rPr = xml.slice(rPrStart, end);
        run.contentStart = end;
        rPrStart = -1;
      } else if (name === 'w:r' && frame.run) {
        frame.run.closeStart = at;
        frame.run.end = end;
      } else if (name === 'w:t' && frame.t) {
        frame.t.closeStart = at;
        frame.t.closeEnd = end;
      } else if (name === 'w:p') {
        push('\n', null);
      }
      continue;
    }
    const isSelf = selfClose === '/';
    if (skipDepth > 0) {
      if (!isSelf) stack.push({ name });
      if (name === 'mc:Choice' && !isSelf) skipDepth++;
      continue;
    }
    if (name === 'mc:Choice' && !isSelf) {
      skipDepth++;
      stack.push({ name });
      continue;
    }
    const parent = parentName();
    if (name === 'w:r') {
      if (isSelf) continue;
      stack.push({ name, run: { start: at, contentStart: end, rPr: '' } });
      continue;
    }
    if (name === 'w:rPr' && parent === 'w:r') {
      if (isSelf) {
        const run = stack[stack.length - 1]!.run!;
        run.rPr = m[0];
        run.contentStart = end;
      } else {
        rPrStart = at;
        stack.push({ name });
      }
      continue;
    }
    if (parent === 'w:r') {
      const run = stack[stack.length - 1]!.run!;
      if (name === 'w:t') {
        const t = { openStart: at, openEnd: end, closeStart: end, closeEnd: end, preserve: /xml:space\s*=\s*["']preserve["']/.test(attrs ?? '') };
        if (!isSelf) stack.push({ name, t });
        continue;
      }
      if (name === 'w:tab' || name === 'w:br' || name === 'w:cr') {
        const isPageBreak = name === 'w:br' && /w:type\s*=\s*["']page["']/.test(attrs ?? '');
        if (!isPageBreak) push(name === 'w:tab' ? '\t' : '\n', { run: run as RunInfo, xmlStart: at, xmlEnd: end });
        if (!isSelf) stack.push({ name });
        continue;
      }
    }
    if (name === 'w:p' && isSelf) {
      push('\n', null);
      continue;
    }
    if (!isSelf) stack.push({ name });
  }
  return { text: chars.join(''), atoms };

  function push(ch: string, atom: Atom | null) {
    chars.push(ch);
    atoms.push(atom);
  }
}

function decodeEntity(e: string): string {
  switch (e) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  }
}

function splitUnits(ch: string): string[] {
  return ch.length === 1 ? [ch] : ch.split('');
}
