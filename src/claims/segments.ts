/** Sentences (…。) and segments (…；) of a normalized text, as ids per offset. */

// Looked up by char code in a table (1: sentence end, 2: segment end): reading text[i] would
// allocate a one-character string per CJK character, and two Set lookups per character cost
// more than the rest of the number analysis (measured in workerd).
const SENTENCE_END = 1;
const SEGMENT_END = 2;
const ENDS = new Uint8Array(0x10000);
for (const c of '。！？!?\n') ENDS[c.charCodeAt(0)] = SENTENCE_END;
for (const c of '；;') ENDS[c.charCodeAt(0)] = SEGMENT_END;

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
    const end = ENDS[text.charCodeAt(i)];
    if (end === SENTENCE_END) {
      sentenceEnd.push(i + 1);
      s++;
      g++;
      sentenceStart.push(i + 1);
    } else if (end === SEGMENT_END) g++;
  }
  sentence[text.length] = s;
  seg[text.length] = g;
  sentenceEnd.push(text.length);
  return { sentence, segment: seg, sentenceStart, sentenceEnd };
}
