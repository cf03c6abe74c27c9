import type { OffsetMap } from '../model/document';

/**
 * A string built piece by piece where every UTF-16 unit remembers the offset
 * it came from in the original text (-1 for inserted characters).
 *
 * Building is linear in the final length: origins are kept in chunks, and appending another
 * mapped string adds references to its chunks (no copying; both sides then write new chunks,
 * so shared chunks never change). The text is joined once and cached until the next append;
 * `tail` reads the end without joining, so a paragraph grown by many appends (lines joined
 * across breaks) is never re-joined per step.
 */
export class MappedString {
  private parts: string[] = [];
  private joined: string | undefined = '';
  private chunks: number[][] = [];
  /** The chunk being written, owned by this string alone (null after an append shared chunks). */
  private open: number[] | null = null;
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** The last character appended, if any. */
  last(): string | undefined {
    const part = this.parts[this.parts.length - 1];
    return part ? part[part.length - 1] : undefined;
  }

  /** The last `n` units (fewer if the string is shorter), without joining the whole string. */
  tail(n: number): string {
    if (this.joined !== undefined) return this.joined.slice(Math.max(0, this.joined.length - n));
    const picked: string[] = [];
    let have = 0;
    for (let k = this.parts.length - 1; k >= 0 && have < n; k--) {
      const p = this.parts[k]!;
      picked.push(p);
      have += p.length;
    }
    const s = picked.reverse().join('');
    return s.slice(Math.max(0, s.length - n));
  }

  /** Appends `text`, whose first unit sits at `origin` in the original. */
  copy(text: string, origin: number): void {
    if (!text) return;
    const o = this.grow(text);
    for (let i = 0; i < text.length; i++) o.push(origin + i);
  }

  /** Appends `text` standing in for the single character at `origin` (a replacement). */
  copyAs(text: string, origin: number): void {
    if (!text) return;
    const o = this.grow(text);
    for (let i = 0; i < text.length; i++) o.push(origin);
  }

  /** Appends characters that have no counterpart in the original (joins, separators). */
  insert(text: string): void {
    if (!text) return;
    const o = this.grow(text);
    for (let i = 0; i < text.length; i++) o.push(-1);
  }

  /** Appends another mapped string, keeping its origins. */
  append(other: MappedString): void {
    if (other.size === 0) return;
    for (const p of other.parts) this.parts.push(p);
    for (const c of other.chunks) this.chunks.push(c);
    this.joined = undefined;
    this.size += other.size;
    this.open = null;
    other.open = null;
  }

  toString(): string {
    if (this.joined === undefined) {
      this.joined = this.parts.join('');
      this.parts = this.joined ? [this.joined] : [];
    }
    return this.joined;
  }

  /** Compresses the per-unit origins into copy runs [normStart, origStart, length]. */
  toOffsetMap(): OffsetMap {
    const runs: OffsetMap = [];
    let run: [number, number, number] | undefined;
    let at = 0;
    for (const chunk of this.chunks) {
      for (const o of chunk) {
        if (o < 0) run = undefined;
        else if (run && o === run[1] + run[2]) run[2]++;
        else runs.push((run = [at, o, 1]));
        at++;
      }
    }
    return runs;
  }

  /** Adds `text` to the parts; returns the chunk its origins go to. */
  private grow(text: string): number[] {
    this.parts.push(text);
    this.joined = undefined;
    this.size += text.length;
    if (this.open === null) {
      this.open = [];
      this.chunks.push(this.open);
    }
    return this.open;
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
