/** GB/T 9704-2012 page and type settings for a 公文-style Word export. */

/** Millimetres to twips (1/1440 inch). */
export const mm = (x: number) => Math.round((x / 25.4) * 1440);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Footer text's baseline sits about 7 mm below the type area (页码一字线上距版心下边缘 7 mm). */
  footer: mm(35 - 7 - 5),
  header: mm(15),
} as const;

/** Font names as the standard names them; Word and WPS substitute where a font is missing. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/**
 * 22 lines × 28 characters. Lines: type area height 225 mm / 22 ≈ 28.95 pt, set as exact line
 * spacing. Characters: width 156 mm / 28 ≈ 15.79 pt, so the 16 pt body font is condensed by
 * 0.25 pt (w:spacing −5 twentieths). Word's own templates use a snapping document grid instead
 * (w:charSpace −842), but LibreOffice then gives each 16 pt glyph two character cells (14 a line)
 * and each 22 pt title line two grid lines.
 */
export const GRID = { linePitch: 579, lines: 22, chars: 28, condense: -5 } as const;

/** Body first-line indent: two characters. */
export const INDENT_2CH = { firstLineChars: 200, firstLine: 2 * 320 } as const;
