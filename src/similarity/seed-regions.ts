import type { Region } from './types';

const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.、．]|[（(]\d+[）)])/;

/**
 * Crude regions for plain-text fixtures (the real ones come from ingest): paragraphs are
 * separated by blank lines and trimmed; a paragraph opening with 一、/（一）/1./（1） and
 * shorter than 30 chars is a heading.
 */
export function blankLineRegions(text: string): Region[] {
  const out: Region[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\u3000]*\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[0].replace(/\s+$/u, '');
    const start = m.index;
    const kind = MARKER.test(body) && body.length < 30 ? 'heading' : 'paragraph';
    out.push({ start, end: start + body.length, kind });
  }
  return out;
}
