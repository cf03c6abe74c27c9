/**
 * The page's scripts in Node: every served module parses and imports only names its
 * neighbours export; the pure ones (highlight segments, pair diff, exact decimals, SSE,
 * the findings .docx zip) behave. The browser tests (test/browser) cover the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS } from '../assets';

// The modules are plain browser JavaScript: untyped here on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mod = any;
let dir: string;
const mods: Record<string, Mod> = {};
const load = (name: string): Mod => mods[name];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-web-'));
  for (const [name, a] of Object.entries(ASSETS)) if (name.endsWith('.js')) writeFileSync(join(dir, name), a.body);
  // main.js touches the DOM when it runs; the others only define things.
  for (const name of Object.keys(ASSETS)) {
    if (name.endsWith('.js') && name !== 'main.js') mods[name] = await import(pathToFileURL(join(dir, name)).href);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('served scripts', () => {
  it('import only names the other modules export', () => {
    for (const [name, a] of Object.entries(ASSETS)) {
      if (!name.endsWith('.js')) continue;
      for (const m of a.body.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\/([\w-]+\.js)'/g)) {
        const from = m[2]!;
        expect(Object.keys(ASSETS), `${name} imports ${from}`).toContain(from);
        for (const imported of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
          expect(Object.keys(load(from)), `${name} imports ${imported} from ${from}`).toContain(imported);
        }
      }
    }
  });

  it('are served with their content types, and the page loads only from /assets/', async () => {
    const { INDEX_HTML } = await import('../index-page');
    const refs = [...INDEX_HTML.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    for (const r of refs) expect(r.startsWith('/assets/') || r.startsWith('#') || r === '/docs' || r.startsWith('data:'), r).toBe(true);
    expect(INDEX_HTML).not.toMatch(/https?:\/\//);
    for (const a of Object.values(ASSETS)) expect(a.body).not.toMatch(/https?:\/\/(?!schemas\.openxmlformats\.org|www\.w3\.org)/);
  });
});

describe('marks.js', () => {
  it('cuts overlapping findings into segments without losing either', () => {
    const { buildMarks, segments } = load('marks.js');
    const marks = buildMarks([
      { start: 2, end: 8, related: [{ start: 20, end: 24, quote: 'x', path: [] }] },
      { start: 5, end: 12, related: [{ start: 0, end: 3, quote: 'y', path: [], file: 'other.pdf' }] },
    ]);
    expect(segments(marks, 0, 14)).toEqual([
      { s: 0, e: 2, fs: [], rs: [] },
      { s: 2, e: 5, fs: [0], rs: [] },
      { s: 5, e: 8, fs: [0, 1], rs: [] },
      { s: 8, e: 12, fs: [1], rs: [] },
      { s: 12, e: 14, fs: [], rs: [] },
    ]);
    // The related place of finding 0 in this document is marked; finding 1's is in another file.
    expect(segments(marks, 18, 26)).toEqual([
      { s: 18, e: 20, fs: [], rs: [] },
      { s: 20, e: 24, fs: [], rs: [0] },
      { s: 24, e: 26, fs: [], rs: [] },
    ]);
  });

  it('finds table cells in a row and gives up when they do not match', () => {
    const { cellSpans } = load('marks.js');
    const text = 'xx合计 2165.98 153.56';
    expect(cellSpans(text, 2, text.length, ['合计', '2165.98', '153.56'])).toEqual([{ s: 2, e: 4 }, { s: 5, e: 12 }, { s: 13, e: 19 }]);
    expect(cellSpans(text, 2, text.length, ['合计', '9999'])).toBeNull();
  });

  it('puts each side of a diff on its own side, whichever way the rule wrote it', () => {
    const { pairSides } = load('marks.js');
    const diff = [{ op: 'insert', text: '我们' }, { op: 'equal', text: '始终把加强自身建设作为抓手。' }];
    const here = '我们始终把加强自身建设作为抓手。', other = '始终把加强自身建设作为抓手。';
    const a = pairSides(diff, here, other);
    expect(a.source).toBe('evidence');
    expect(a.here).toEqual([{ text: '我们', changed: true }, { text: other, changed: false }]);
    expect(a.other).toEqual([{ text: other, changed: false }]);
    // The same diff seen from the other place (against-reference writes here as side a).
    const b = pairSides([{ op: 'delete', text: '我们' }, { op: 'equal', text: other }], here, other);
    expect(b.here[0]).toEqual({ text: '我们', changed: true });
    // No usable diff: computed in the browser.
    const c = pairSides(null, '本年完成提案114件。', '本年完成提案105件。');
    expect(c.source).toBe('computed');
    expect(c.here.filter((x: { changed: boolean }) => x.changed).map((x: { text: string }) => x.text).join('')).toBe('14');
    expect(c.other.filter((x: { changed: boolean }) => x.changed).map((x: { text: string }) => x.text).join('')).toBe('05');
  });

  it('names families, severities and rules in Chinese', () => {
    const { familyOf, ruleLabel, severityLabel } = load('marks.js');
    expect(familyOf('duplicate/within-report')).toBe('duplicate');
    expect(familyOf('odd')).toBe('structure');
    expect(ruleLabel('number/sum-mismatch')).toBe('合计与分项不符');
    expect(severityLabel('warning')).toBe('警告');
  });
});

describe('decimal.js', () => {
  it('adds exactly and rounds half up', () => {
    const { parseDec, sum, decStr, decFmt, percent, cmp } = load('decimal.js');
    const parts = ['2022.35', '18.30', '500.93', '18.62', '200.51'].map(parseDec);
    expect(decFmt(sum(parts))).toBe('2,760.71');
    expect(cmp(sum(parts), parseDec('2,760.71'))).toBe(0);
    expect(decStr(sum([parseDec('0.1'), parseDec('0.2')]))).toBe('0.3');
    expect(percent(parseDec('2760.71'), parseDec('3363.37'), 2)).toBe('82.08');
    // 14590.86 ÷ 14869.67 = 98.12497…% → 98.12 (a float rounding of 98.125 would not matter here, but exactness does)
    expect(percent(parseDec('14590.86'), parseDec('14869.67'), 2)).toBe('98.12');
    expect(percent(parseDec('1'), parseDec('8'), 1)).toBe('12.5');
    expect(percent(parseDec('1'), parseDec('0'), 2)).toBeNull();
    expect(parseDec('3,363.37万元')).toBeNull();
  });

  it('rates a score and compares indicator values', () => {
    const { parseDec, ratingFor, indicatorStatus } = load('decimal.js');
    expect(ratingFor(parseDec('91.82'))).toBe('优');
    expect(ratingFor(parseDec('89.99'))).toBe('良');
    expect(ratingFor(parseDec('60'))).toBe('中');
    expect(indicatorStatus('5批', '1批次')).toBe('short');
    expect(indicatorStatus('95%以上', '96%')).toBe('met');
    expect(indicatorStatus('3天以内', '5天')).toBe('short');
    expect(indicatorStatus('按时完成', '完成')).toBeNull();
  });
});

describe('sse.js', () => {
  it('splits events, keeps the unfinished rest and parses JSON data', () => {
    const { parseSse } = load('sse.js');
    const r = parseSse('event: section\ndata: {"kind":"income"}\n\n: comment\n\nevent: done\r\ndata: {"a":1}\r\n\r\nevent: sec');
    expect(r.events.map((e: { event: string; data: unknown }) => [e.event, e.data])).toEqual([
      ['section', { kind: 'income' }],
      ['done', { a: 1 }],
    ]);
    expect(r.rest).toBe('event: sec');
  });
});

describe('export.js', () => {
  it('writes a .docx zip with the findings table', async () => {
    const { findingsDocx } = load('export.js');
    const blob: Blob = findingsDocx({
      file: '000.pdf',
      title: '某部门整体支出绩效自评报告',
      checkedAt: '2024/1/1 10:00:00',
      references: [],
      figuresName: null,
      stats: { errors: 1, warnings: 0, infos: 0 },
      findings: [{ ruleId: 'number/sum-mismatch', severity: 'error', message: '合计不符 <&>', quote: '714.07', path: ['一、基本情况'], page: 3, related: [] }],
    });
    const buf = Buffer.from(await blob.arrayBuffer());
    const names: string[] = [];
    let xml = '';
    for (let at = 0; buf.readUInt32LE(at) === 0x04034b50; ) {
      const size = buf.readUInt32LE(at + 18), nameLen = buf.readUInt16LE(at + 26), extra = buf.readUInt16LE(at + 28);
      const name = buf.toString('utf8', at + 30, at + 30 + nameLen);
      const data = buf.subarray(at + 30 + nameLen + extra, at + 30 + nameLen + extra + size);
      names.push(name);
      if (name === 'word/document.xml') xml = (buf.readUInt16LE(at + 8) === 8 ? inflateRawSync(data) : data).toString('utf8');
      at += 30 + nameLen + extra + size;
    }
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(xml).toContain('合计不符 &lt;&amp;&gt;');
    expect(xml).toContain('合计与分项不符');
    expect(xml).toContain('一、基本情况 · 第3页');
  });
});
