import { beforeAll, describe, expect, it } from 'vitest';
import { draftValid, parseDraftInput, templateProvider, type DraftOutput } from '../draft';
import { seedRequest } from '../draft/test-requests';
import { ingestBytes } from '../ingest/ingest';
import { buildDocx } from './docx';
import { unzipText } from './test-unzip';

let draft: DraftOutput;
let bytes: Uint8Array;
let files: Record<string, string>;
beforeAll(async () => {
  draft = await draftValid(parseDraftInput(seedRequest('004')), { provider: templateProvider });
  bytes = await buildDocx({ title: draft.title, sections: draft.sections });
  files = unzipText(bytes);
});

const attr = (xml: string, tag: string) => xml.match(new RegExp(`<${tag} [^>]*>`))?.[0] ?? '';

describe('Word export per GB/T 9704-2012', () => {
  it('A4 with the 公文 margins: 37 / 35 / 28 / 26 mm', () => {
    const doc = files['word/document.xml']!;
    expect(attr(doc, 'w:pgSz')).toMatch(/w:w="11906" w:h="16838"/);
    expect(attr(doc, 'w:pgMar')).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('body 3号 仿宋_GB2312 on exact 28.95 pt lines, condensed to 28 characters a line', () => {
    const styles = files['word/styles.xml']!;
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(defaults).toMatch(/w:line="579" w:lineRule="exact"/);
  });

  it('level-1 headings 黑体, level-2 楷体_GB2312, as Word headings; title 2号 方正小标宋简体', () => {
    const styles = files['word/styles.xml']!;
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0];
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    const doc = files['word/document.xml']!;
    expect(doc).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?2021年中国人民政治协商会议广州市荔湾区委员会办公室部门整体支出绩效自评报告/);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('page numbers: 4号 宋体 “— n —”, odd pages right and even pages left', () => {
    expect(files['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const doc = files['word/document.xml']!;
    const footer = (type: string) => {
      const id = doc.match(new RegExp(`w:footerReference w:type="${type}" r:id="(rId\\d+)"`))![1]!;
      const target = files['word/_rels/document.xml.rels']!.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1]!;
      return files[`word/${target}`]!;
    };
    const odd = footer('default');
    const even = footer('even');
    for (const f of [odd, even]) {
      expect(f).toContain('PAGE');
      expect(f).toContain('— ');
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(f).toContain('w:eastAsia="宋体"');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('round-trips through the project’s own ingestion: title, sections and text come back', async () => {
    const doc = await ingestBytes(bytes, () => Promise.reject(new Error('not a PDF')));
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe(draft.title);
    expect(doc.sections.map((s) => s.title)).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
    expect(doc.sections[1]!.children.map((s) => s.title)).toEqual(['（一）各项工作任务绩效目标完成情况分析', '（二）主要工作成效']);
    for (const s of draft.sections) expect(doc.text).toContain(s.text.split('\n')[0]!.slice(0, 40));
  });
});
