/**
 * The page's modules in Node: the bundle served as /assets/app.js is built from the current
 * sources and loads nothing from elsewhere; the pure parts (highlight segments, pair diff, rule
 * names from the service's catalog, the figures form's verdicts, SSE, the findings .docx zip)
 * behave. The browser tests (test/browser) cover the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleClient } from '../../../scripts/build-client.mjs';
import { RULES } from '../../rules';
import { figuresProblems as checkFiguresConsistency } from '../../domain';
import { figureShortfalls } from '../../rules/number/shared/figures-facts';
import { ruleCatalog, ruleTitle } from '../../core/rule-catalog';
import { ASSETS } from '../assets';
import { findingsDocx } from './export';
import { amountOf, indicatorVerdict } from './figures-form';
import { familiesFor, familyLabel, familyOf, ruleLabel, setCatalog, severityLabel } from './labels';
import { buildMarks, cellSpans, pairSides, segments } from './marks';
import { parseSse } from './sse';

describe('served script', () => {
  it('is the bundle of the current sources, as one file', async () => {
    expect(Object.keys(ASSETS).sort()).toEqual(['app.css', 'app.js']);
    expect(ASSETS['app.js']!.body).toBe(await bundleClient());
  });

  it('is served with its content type, and the page loads only from /assets/', async () => {
    const { INDEX_HTML } = await import('../index-page');
    const refs = [...INDEX_HTML.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs).toContain('/assets/app.js');
    for (const r of refs) expect(r.startsWith('/assets/') || r.startsWith('#') || r === '/docs' || r.startsWith('data:'), r).toBe(true);
    expect(INDEX_HTML).not.toMatch(/https?:\/\//);
    expect(ASSETS['app.js']!.type).toBe('text/javascript; charset=utf-8');
    for (const a of Object.values(ASSETS)) expect(a.body).not.toMatch(/https?:\/\/(?!schemas\.openxmlformats\.org|www\.w3\.org)/);
  });

  it('is TypeScript: no browser code is kept in string templates under src/web', () => {
    const dir = join(import.meta.dirname, '..');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.gen.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('String' + '.raw');
  });
});

describe('marks', () => {
  it('cuts overlapping findings into segments without losing either', () => {
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
    const text = 'xx合计 2165.98 153.56';
    expect(cellSpans(text, 2, text.length, ['合计', '2165.98', '153.56'])).toEqual([
      { s: 2, e: 4 },
      { s: 5, e: 12 },
      { s: 13, e: 19 },
    ]);
    expect(cellSpans(text, 2, text.length, ['合计', '9999'])).toBeNull();
  });

  it('puts each side of a diff on its own side, whichever way the rule wrote it', () => {
    const diff = [
      { op: 'insert', text: '我们' },
      { op: 'equal', text: '始终把加强自身建设作为抓手。' },
    ];
    const here = '我们始终把加强自身建设作为抓手。',
      other = '始终把加强自身建设作为抓手。';
    const a = pairSides(diff, here, other);
    expect(a.source).toBe('evidence');
    expect(a.here).toEqual([
      { text: '我们', changed: true },
      { text: other, changed: false },
    ]);
    expect(a.other).toEqual([{ text: other, changed: false }]);
    // The same diff seen from the other place (against-reference writes here as side a).
    const b = pairSides(
      [
        { op: 'delete', text: '我们' },
        { op: 'equal', text: other },
      ],
      here,
      other,
    );
    expect(b.here[0]).toEqual({ text: '我们', changed: true });
    // No usable diff: computed in the browser.
    const c = pairSides(null, '本年完成提案114件。', '本年完成提案105件。');
    expect(c.source).toBe('computed');
    expect(
      c.here
        .filter((x: { changed: boolean }) => x.changed)
        .map((x: { text: string }) => x.text)
        .join(''),
    ).toBe('14');
    expect(
      c.other
        .filter((x: { changed: boolean }) => x.changed)
        .map((x: { text: string }) => x.text)
        .join(''),
    ).toBe('05');
  });
});

describe('labels', () => {
  it('names rules, families and severities as the service describes them', () => {
    setCatalog(ruleCatalog());
    const sum = RULES.find((r) => r.meta.id === 'number/sum-mismatch')!.meta;
    expect(ruleLabel('number/sum-mismatch')).toBe(ruleTitle(sum));
    expect(familyOf('duplicate/within-report')).toBe('duplicate');
    expect(familyLabel('number')).toBe('核数');
    expect(severityLabel('warning')).toBe('警告');
    // Unknown to the catalog: ids stand in, and an unknown family still gets a filter.
    expect(ruleLabel('odd/rule')).toBe('odd/rule');
    expect(familyOf('odd/rule')).toBe('odd');
    expect(familiesFor(['odd', 'number']).map((f) => f.id)).toEqual([...ruleCatalog().families.map((f) => f.id), 'odd']);
  });

  it('shows ids until the catalog has loaded', () => {
    setCatalog({ rules: [], families: [], severities: [] });
    expect(ruleLabel('number/sum-mismatch')).toBe('number/sum-mismatch');
    expect(familyOf('number/sum-mismatch')).toBe('number');
    expect(severityLabel('error')).toBe('error');
  });
});

describe('figures form', () => {
  it('reads amounts as the figures schema does', () => {
    expect(amountOf(' 3,363.37 ')).toBe('3363.37');
    expect(amountOf('2760.71')).toBe('2760.71');
    expect(amountOf('3,363.37万元')).toBeNull();
    expect(amountOf('')).toBeNull();
  });

  it('judges indicators exactly as the checker does', () => {
    const cases: Array<[string, string, string]> = [
      ['5批', '1批次', '检查批次'],
      ['95%以上', '96%', '满意度'],
      ['3天以内', '5天', '办结时限'],
      ['5%', '3%', '群众投诉率'],
      ['按时完成', '完成', '完成情况'],
    ];
    const verdicts = cases.map(([target, actual, name]) => indicatorVerdict(target, actual, name));
    expect(verdicts).toEqual(['short', 'met', 'short', 'met', null]);
    // The checker's own list of shortfalls for the same indicators agrees row by row.
    const figures = { unit: '万元' as const, budget: { adjusted: '1' }, execution: '1', byFunction: [], projects: [], indicators: cases.map(([target, actual, name]) => ({ name, target, actual })) };
    expect(figureShortfalls(figures).map((s) => s.name)).toEqual(cases.filter((_, i) => verdicts[i] === 'short').map(([, , name]) => name));
  });

  it('uses the checker itself for sums and ratings (rounding-level differences are warnings)', () => {
    const figures = {
      unit: '万元' as const,
      budget: { adjusted: '100' },
      execution: '60.01',
      byFunction: [
        { name: '甲', amount: '30.00' },
        { name: '乙', amount: '30.00' },
      ],
      projects: [],
      indicators: [],
      selfScore: '89.99',
      rating: '优' as const,
    };
    const problems = checkFiguresConsistency(figures);
    expect(problems.find((p) => p.path === 'byFunction')?.severity).toBe('warning');
    expect(problems.find((p) => p.path === 'rating')?.message).toContain('“良”');
    expect(checkFiguresConsistency({ ...figures, selfScore: '90' }).some((p) => p.path === 'rating')).toBe(false);
  });
});

describe('sse', () => {
  it('splits events, keeps the unfinished rest and parses JSON data', () => {
    const r = parseSse('event: section\ndata: {"kind":"income"}\n\n: comment\n\nevent: done\r\ndata: {"a":1}\r\n\r\nevent: sec');
    expect(r.events.map((e: { event: string; data: unknown }) => [e.event, e.data])).toEqual([
      ['section', { kind: 'income' }],
      ['done', { a: 1 }],
    ]);
    expect(r.rest).toBe('event: sec');
  });
});

describe('export', () => {
  it('writes a .docx zip with the findings table', async () => {
    setCatalog(ruleCatalog());
    const blob: Blob = findingsDocx({
      file: '000.pdf',
      title: '某部门整体支出绩效自评报告',
      checkedAt: '2024/1/1 10:00:00',
      references: [],
      figuresName: null,
      stats: { errors: 1, warnings: 0, infos: 0 },
      findings: [{ ruleId: 'number/sum-mismatch', messageId: 'x', severity: 'error', message: '合计不符 <&>', quote: '714.07', start: 0, end: 6, path: ['一、基本情况'], page: 3, related: [], evidence: {} }],
    });
    const buf = Buffer.from(await blob.arrayBuffer());
    const names: string[] = [];
    let xml = '';
    for (let at = 0; buf.readUInt32LE(at) === 0x04034b50;) {
      const size = buf.readUInt32LE(at + 18),
        nameLen = buf.readUInt16LE(at + 26),
        extra = buf.readUInt16LE(at + 28);
      const name = buf.toString('utf8', at + 30, at + 30 + nameLen);
      const data = buf.subarray(at + 30 + nameLen + extra, at + 30 + nameLen + extra + size);
      names.push(name);
      if (name === 'word/document.xml') xml = (buf.readUInt16LE(at + 8) === 8 ? inflateRawSync(data) : data).toString('utf8');
      at += 30 + nameLen + extra + size;
    }
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(xml).toContain('合计不符 &lt;&amp;&gt;');
    expect(xml).toContain('核数·' + ruleTitle({ description: RULES.find((r) => r.meta.id === 'number/sum-mismatch')!.meta.description }));
    expect(xml).toContain('一、基本情况 · 第3页');
  });
});
