import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../check/check-document';
import { ingestText } from '../../ingest/ingest';
import { parseFigures } from '../../model/figures';
import { USAGE_RULES } from '../usage';
import { NUMBER_RULES } from '.';
import { rateMismatch } from './rate-mismatch';

const TEXT = ['（三）部门整体收支情况', '本部门2021年度全年预算数3,363.37万元，全年执行数2,760.71万元，完成全年预算的82.1%。', '2021年组织调研12次，编号第3号，热线12345。'].join('\n');

describe('coverage counters', () => {
  it('counts real figures, the ones checked, and the ones matched with the figures file', async () => {
    const doc = await ingestText(TEXT);
    const figures = parseFigures({ budget: { adjusted: '3363.37' }, execution: '2760.71' });
    if (!figures.ok) throw new Error('figures');
    const r = await checkDocument({ doc, rules: [...NUMBER_RULES, ...USAGE_RULES], figures: figures.figures });
    // found: 3,363.37 2,760.71 82.1% 12次 (not 2021年, 第3号 or the hotline 12345)
    expect(r.stats).toMatchObject({ numbersFound: 4, numbersChecked: 3, numbersMatchedToFigures: 3 });
  });

  it('does not depend on rule order or on running every rule', async () => {
    const doc = await ingestText(TEXT);
    const r = await checkDocument({ doc, rules: [rateMismatch] });
    expect(r.stats).toMatchObject({ numbersFound: 4, numbersChecked: 3, numbersMatchedToFigures: 0 });
  });
});
