import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest/ingest';
import { buildDocx } from './docx';
import { unzipText } from './test-unzip';
import { stripXmlForbidden } from './xml-chars';

const BAD = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800\uDC00x\uDFFF';

describe('characters XML 1.0 forbids', () => {
  it('are dropped; tab, LF, CR and surrogate pairs are kept', () => {
    expect(stripXmlForbidden(`甲${BAD}乙`)).toBe('甲\uD800\uDC00x乙');
    expect(stripXmlForbidden('a\tb\nc\rd😀')).toBe('a\tb\nc\rd😀');
    expect(stripXmlForbidden('\uD83D')).toBe('');
  });

  it('never reach word/document.xml: the export opens again (mammoth parses it) with the text intact', async () => {
    const bytes = await buildDocx({
      title: `标题${BAD}`,
      sections: [{ title: `一节\uFFFE`, text: `预算执行率为98.61%\uFFFF，成效明显${BAD}。` }],
    });
    const xml = unzipText(bytes)['word/document.xml']!;
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const doc = await ingestBytes(bytes, () => Promise.reject(new Error('not a PDF')));
    expect(doc.text).toContain('预算执行率为98.61%，成效明显');
    expect(doc.text).toContain('标题');
  });
});
