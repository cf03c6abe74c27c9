import { describe, expect, it } from 'vitest';
import { extractDocx, htmlToBlocks } from './extract-docx';

describe('htmlToBlocks', () => {
  it('maps headings, paragraphs and table rows', () => {
    const html =
      '<h1>一、基本情况</h1><p>本部门&amp;全年预算数<strong>3,363.37</strong>万元。</p>' +
      '<table><tr><td><p>合计</p></td><td><p>2165.98</p></td><td></td><td><p>98.61%</p></td></tr></table><h2>（一）部门概况</h2>';
    expect(htmlToBlocks(html)).toEqual([
      { text: '一、基本情况', kind: 'heading', level: 1 },
      { text: '本部门&全年预算数3,363.37万元。' },
      { text: '合计 2165.98 98.61%', kind: 'table-row', cells: ['合计', '2165.98', '98.61%'] },
      { text: '（一）部门概况', kind: 'heading', level: 2 },
    ]);
  });
});

describe('extractDocx', () => {
  it('reports a corrupt document as DOCX_CORRUPT', async () => {
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml garbage')]);
    await expect(extractDocx(fake)).rejects.toMatchObject({ code: 'DOCX_CORRUPT' });
  });
});
