/** Sentences (…。) and segments (…；) of a normalized text, as ids per offset. */

// Compared by char code: reading text[i] would allocate a one-character string per CJK character.
const SENTENCE_END = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));
const SEGMENT_END = new Set([...'；;'].map((c) => c.charCodeAt(0)));

export interface Segmentation {
  /** Sentence id of each offset; a sentence ends after 。！？ or at a line break. */
  sentence: Int32Array;
  /** Segment id of each offset; a segment also ends after ；. */
  segment: Int32Array;
  /** Start offset of each sentence id. */
  sentenceStart: number[];
  sentenceEnd: number[];
}

/** Splits `text` into sentences and ；-segments, once. */
export function segment(text: string): Segmentation {
  const sentence = new Int32Array(text.length + 1);
  const seg = new Int32Array(text.length + 1);
  const sentenceStart = [0];
  const sentenceEnd: number[] = [];
  let s = 0;
  let g = 0;
  for (let i = 0; i < text.length; i++) {
    sentence[i] = s;
    seg[i] = g;
    const ch = text.charCodeAt(i);
    if (SENTENCE_END.has(ch)) {
      sentenceEnd.push(i + 1);
      s++;
      g++;
      sentenceStart.push(i + 1);
    } else if (SEGMENT_END.has(ch)) g++;
  }
  sentence[text.length] = s;
  seg[text.length] = g;
  sentenceEnd.push(text.length);
  return { sentence, segment: seg, sentenceStart, sentenceEnd };
}
