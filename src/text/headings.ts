/** Chinese heading markers and their levels: 一、 → （一） → 1. 1、 1． → （1） (1). */

const CN = '一二三四五六七八九十百零〇';

const PATTERNS: Array<{ level: number; re: RegExp }> = [
  { level: 1, re: new RegExp(`^[${CN}]{1,4}、`) },
  { level: 2, re: new RegExp(`^[（(][${CN}]{1,4}[）)]`) },
  // "1." must not be a decimal ("1.5万元"): the dot is not followed by a digit.
  { level: 3, re: /^\d{1,2}(?:[、．]|\.(?!\d))/ },
  { level: 4, re: /^[（(]\d{1,2}[）)]/ },
];

/** The heading level a line's marker implies, with the marker's length; null if none. */
export function headingMarker(text: string): { level: number; marker: string } | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(text);
    if (m) return { level, marker: m[0] };
  }
  return null;
}

/** A line this long or longer (without the marker) is prose, not a stand-alone heading. */
const MAX_HEADING_CHARS = 40;

/**
 * Classifies a normalized paragraph that starts with a heading marker:
 * - `heading`: a stand-alone heading line ("（一）部门概况");
 * - `lead`: a numbered paragraph whose first phrase is its title
 *   ("1．坚持区委正确领导。把牢政治方向……"), titled by marker + lead phrase.
 */
export function classifyHeading(text: string): { type: 'heading' | 'lead'; level: number; title: string } | null {
  const m = headingMarker(text);
  if (!m) return null;
  const body = text.slice(m.marker.length);
  if (body.trim() === '') return null;
  const standalone = body.length <= MAX_HEADING_CHARS && !/[。；]/.test(body) && !looksCut(body);
  if (standalone) return { type: 'heading', level: m.level, title: text };
  const cut = body.search(/[。：:]/);
  const lead = cut >= 0 && cut <= MAX_HEADING_CHARS ? body.slice(0, cut) : truncateLead(body);
  return { type: 'lead', level: m.level, title: m.marker + lead };
}

/**
 * A heading never ends mid-phrase: a line ending in a comma or an opening
 * bracket, or with one or two characters after its last comma ("…评议活动，广"),
 * is a paragraph cut by a line or page break.
 */
function looksCut(body: string): boolean {
  return /[，、,（(“《—]$/.test(body) || /[，,][^，,]{1,2}$/.test(body);
}

function truncateLead(body: string): string {
  const comma = body.search(/[，,；;]/);
  if (comma > 0 && comma <= MAX_HEADING_CHARS) return body.slice(0, comma);
  return body.slice(0, 20) + '…';
}

/** The marker's shape with its number blanked: "(3)" → "(n)", "12." → "n.". */
export function markerStyle(marker: string): string {
  return marker.replace(/\d+/g, 'n').replace(/[一二三四五六七八九十百零〇]+/g, 'N');
}

/**
 * A numbered paragraph that is one sentence and nothing more ("(6)参与市政协委员的
 * 协商推荐、届中增补等有关人事工作。"): in a run of such paragraphs it is a list
 * item (a duty list), not a heading.
 */
export function isSingleSentenceItem(text: string): boolean {
  const m = headingMarker(text);
  if (!m || m.level < 3) return false;
  const first = text.indexOf('。');
  return first === text.length - 1 && !text.includes('：');
}
