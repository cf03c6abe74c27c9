import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportDocument } from '../model/document';
import { ingestText } from '../ingest/ingest';
import { originalSlice } from './mapped-string';

const seed = (prefix: string) => {
  const dir = join(__dirname, '..', '..', 'fixtures', 'seeds');
  return readFileSync(join(dir, `${prefix}.txt`), 'utf8');
};
const blockText = (doc: ReportDocument, i: number) => doc.text.slice(doc.blocks[i]!.span.start, doc.blocks[i]!.span.end);

describe('buildDocument on seed 000', async () => {
  const doc = await ingestText(seed('000'));

  it('produces a document that satisfies the schema', () => {
    expect(() => ReportDocument.parse(doc)).not.toThrow();
  });

  it('finds title, year and department', () => {
    expect(doc.title).toBe('2021年中国人民政治协商会议广东省广州市花都区委员会部门整体支出绩效自评报告');
    expect(doc.year).toBe(2021);
    expect(doc.department).toBe('中国人民政治协商会议广东省广州市花都区委员会');
  });

  it('drops the attachment label and joins the paragraph split by a page break', () => {
    expect(doc.text).not.toMatch(/^附件/);
    const joined = doc.blocks.filter((b) => doc.text.slice(b.span.start, b.span.end).includes('预算绩效管理办法（试行）》'));
    expect(joined).toHaveLength(1);
    expect(doc.text.slice(joined[0]!.span.start, joined[0]!.span.end)).toMatch(/^根据广州市花都区财政局.*应用。对所有/);
  });

  it('removes extraction spaces and keeps a map back to the original', () => {
    const i = doc.text.indexOf('3,363.37万元');
    expect(i).toBeGreaterThan(0);
    expect(originalSlice(doc.original, doc.offsetMap, i, i + '3,363.37万元'.length)).toBe('3,363.37 万元');
  });

  it('gives every block its section path', () => {
    const b = doc.blocks.find((x) => doc.text.slice(x.span.start, x.span.end).startsWith('支出按功能分类'))!;
    expect(b.path).toEqual(['一、基本情况', '（三）部门整体收支情况']);
    expect(b.kind).toBe('paragraph');
  });

  it('builds a nested section tree whose spans cover their blocks', () => {
    const top = doc.sections.map((s) => s.title);
    expect(top).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
    const effects = doc.sections[1]!.children.find((s) => s.title === '（四）主要工作成效')!;
    expect(effects.children.map((s) => s.level)).toEqual([3, 3, 3, 3, 3]);
    for (const b of doc.blocks) {
      if (!b.sectionId) continue;
      const find = (list: typeof doc.sections): (typeof doc.sections)[number] | undefined => list.map((s) => (s.id === b.sectionId ? s : find(s.children))).find(Boolean);
      const s = find(doc.sections)!;
      expect(s.span.start).toBeLessThanOrEqual(b.span.start);
      expect(s.span.end).toBeGreaterThanOrEqual(b.span.end);
    }
  });

  it('is deterministic: the same text gets the same id', async () => {
    const again = await ingestText(seed('000'));
    expect(again.id).toBe(doc.id);
    expect(again.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('buildDocument on the flattened table of seed 004', async () => {
  const doc = await ingestText(seed('004'));

  it('keeps budget rows as table rows with their cells', () => {
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    const total = rows.find((b) => b.cells?.[0] === '合计');
    expect(total?.cells).toEqual(['合计', '2165.98', '153.56', '2287.19', '98.61%', '7.09%']);
    expect(rows.some((b) => b.cells?.join('|') === '接待团组批数|接待团、组批数|5批|1批次')).toBe(true);
  });

  it('joins the lines a narrow table cell wrapped', () => {
    expect(doc.text).toContain('召开了政协十五届六次、十六届一次全体会议。圆满完成了换届工作');
  });

  it('takes the department from the 部门名称 field', () => {
    expect(doc.department).toBe('中国人民政治协商会议广州市荔湾区委员会办公室');
    expect(doc.year).toBe(2021);
  });
});

describe('buildDocument on small inputs', () => {
  it('keeps two short complete paragraphs apart', async () => {
    const doc = await ingestText('一、基本情况\n\n我单位完成了全年任务。\n\n二、存在问题\n\n绩效目标设置不够细化。');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(blockText(doc, 3)).toBe('绩效目标设置不够细化。');
    expect(doc.blocks[3]!.path).toEqual(['二、存在问题']);
  });

  it('drops page numbers and keeps pages from form feeds', async () => {
    const doc = await ingestText('一、基本情况\n本部门全年预算数100万元，执行数\n- 1 -\n\f90万元，执行率为90%。\n- 2 -\n');
    expect(doc.text).toBe('一、基本情况\n本部门全年预算数100万元，执行数90万元，执行率为90%。');
    expect(doc.blocks[1]!.page).toBe(1);
    expect(doc.pageCount).toBe(2);
  });
});
