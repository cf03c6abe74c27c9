import type { OffsetMap } from '../model/document';

/**
 * A string built piece by piece where every UTF-16 unit remembers the offset
 * it came from in the original text (-1 for inserted characters).
 */
export class MappedString {
  private parts: string[] = [];
  private origins: number[] = [];

  get length(): number {
    return this.origins.length;
  }

  /** The last character appended, if any. */
  last(): string | undefined {
    const part = this.parts[this.parts.length - 1];
    return part ? part[part.length - 1] : undefined;
  }

  /** Appends `text`, whose first unit sits at `origin` in the original. */
  copy(text: string, origin: number): void {
    if (!text) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origins.push(origin + i);
  }

  /** Appends `text` standing in for the single character at `origin` (a replacement). */
  copyAs(text: string, origin: number): void {
    if (!text) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origins.push(origin);
  }

  /** Appends characters that have no counterpart in the original (joins, separators). */
  insert(text: string): void {
    if (!text) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origins.push(-1);
  }

  /** Appends another mapped string, keeping its origins. */
  append(other: MappedString): void {
    for (const p of other.parts) this.parts.push(p);
    for (const o of other.origins) this.origins.push(o);
  }

  toString(): string {
    return this.parts.join('');
  }

  /** Compresses the per-unit origins into copy runs [normStart, origStart, length]. */
  toOffsetMap(): OffsetMap {
    const runs: OffsetMap = [];
    let i = 0;
    while (i < this.origins.length) {
      const o = this.origins[i]!;
      if (o < 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < this.origins.length && this.origins[j] === o + (j - i)) j++;
      runs.push([i, o, j - i]);
      i = j;
    }
    return runs;
  }
}

/**
 * Maps an offset in normalized text to the original text. Inside a copy run
 * the mapping is exact; between runs it snaps to the end of the previous run.
 */
export function toOriginalOffset(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]![0] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return map.length > 0 ? map[0]![1] : 0;
  const [n, o, len] = map[best]!;
  return offset < n + len ? o + (offset - n) : o + len;
}

/** The original text behind a normalized span, for quoting as the author wrote it. */
export function originalSlice(original: string, map: OffsetMap, start: number, end: number): string {
  if (end <= start) return '';
  const a = toOriginalOffset(map, start);
  const b = toOriginalOffset(map, end - 1) + 1;
  return original.slice(a, Math.max(a, b));
}
