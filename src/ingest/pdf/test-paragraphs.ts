// Test helpers shared by the Node and workerd PDF tests (no Node APIs: runs in both).
import type { RawBlock } from '../../model/raw';

export const strip = (s: string) => s.replace(/\s+/g, '');

/** Paragraphs of a text file: its non-empty lines, whitespace removed. */
export const paragraphsOf = (txt: string) =>
  txt
    .split('\n')
    .map(strip)
    .filter((p) => p !== '');

/** Blocks joined wherever the extractor says `continues: true`, whitespace removed. */
export function mergeContinued(blocks: RawBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.continues === true && out.length > 0) out[out.length - 1] += strip(b.text);
    else out.push(strip(b.text));
  }
  return out;
}
