import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check/check-document';
import { ingestText } from '../ingest/ingest';
import { NUMBER_RULES } from '../rules/number';
import { buildClaims, checkClaims, claimStatus } from '../core/check-claims';
import { subjectLabel } from './subject';
import type { Claim } from './types';
import { cpuMs } from '../../test/cpu-clock';

async function claims(text: string) {
  return buildClaims(await ingestText(text));
}

/** The claim written as `raw` (its number text, e.g. "318.40"). */
function claim(set: { claims: Claim[] }, raw: string): Claim {
  const c = set.claims.find((x) => x.text === raw);
  if (!c) throw new Error(`no claim ${raw}`);
  return c;
}

const who = (c: Claim) => `${subjectLabel(c.subject)} (${c.subjectReason})`;

describe('subject resolution', () => {
  it('explicit: the clause names the project, the category or the department', async () => {
    const s = await claims('（三）部门整体收支情况\n本单位全年预算数1,208.30万元。其中，基本支出预算数906.10万元，执行数902.55万元。我办承担的城区绿道维护项目，年度预算数86.00万元，执行数85.12万元。');
    expect(who(claim(s, '1,208.30'))).toBe('部门整体 (explicit)');
    expect(who(claim(s, '906.10'))).toBe('基本支出 (explicit)');
    expect(who(claim(s, '902.55'))).toBe('基本支出 (explicit)');
    expect(who(claim(s, '86.00'))).toBe('城区绿道维护项目 (explicit)');
    expect(claim(s, '85.12').measure).toBe('execution');
  });

  it('list-item-lead: the item names the fund, whatever the measure words', async () => {
    const s = await claims('（三）重点项目情况\n（2）河湖长制专项经费：下达资金210.00万元，已拨付205.80万元，拨付率98.00%。\n3.乡镇污水管网运维补助：年初预算75.00万元，全年执行71.25万元。');
    expect(who(claim(s, '210.00'))).toBe('河湖长制专项经费 (explicit)');
    expect(claim(s, '205.80').measure).toBe('execution');
    expect(claim(s, '98.00').measure).toBe('executionRate');
    expect(who(claim(s, '75.00'))).toBe('乡镇污水管网运维补助 (list-item-lead)');
    expect(who(claim(s, '71.25'))).toBe('乡镇污水管网运维补助 (list-item-lead)');
  });

  it('coreference and heading: 该项目 points back; a heading naming a project scopes its paragraph', async () => {
    const s = await claims(
      '（三）重点项目情况\n（一）老旧小区改造项目\n本年度预算数1,500.00万元，执行数1,462.50万元。\n二、其他\n为改善群众出行，我局组织实施了背街小巷硬化工程。该项目全年预算数96.00万元，实际支出93.12万元。',
    );
    expect(who(claim(s, '1,500.00'))).toBe('老旧小区改造项目 (heading)');
    expect(who(claim(s, '96.00'))).toBe('背街小巷硬化工程 (coreference)');
    expect(who(claim(s, '93.12'))).toBe('背街小巷硬化工程 (coreference)');
  });

  it('carried within a paragraph; the department only with evidence; otherwise unknown', async () => {
    const s = await claims(
      '二、综合评价分析\n今年重点推进了智慧停车平台建设项目，完成主体开发。全年预算数300.00万元，执行数288.00万元。\n三、存在的问题\n执行数偏低的为42.00万元。\n（三）部门整体收支情况\n全年预算数5,000.00万元，全年执行数4,850.00万元。',
    );
    expect(who(claim(s, '300.00'))).toBe('智慧停车平台建设项目 (carried)');
    expect(who(claim(s, '42.00'))).toBe('（未明确主体） (unknown)');
    expect(who(claim(s, '5,000.00'))).toBe('部门整体 (department)');
  });

  it("我局承担的X: the department introduces the project, the figure is the project's", async () => {
    const s = await claims('（三）重点项目\n我中心承担的全民科普宣传经费，年度预算64.00万元。上述资金全年完成支出61.12万元。');
    expect(who(claim(s, '64.00'))).toBe('全民科普宣传经费 (explicit)');
    expect(who(claim(s, '61.12'))).toBe('全民科普宣传经费 (coreference)');
    expect(claim(s, '61.12').measure).toBe('execution');
  });

  it('a pronoun is not a name, and 调整为 is the adjusted budget', async () => {
    const s = await claims('（4）图书采购经费。该经费年初安排40.00万元，年中调整为44.00万元，实际支付43.56万元。');
    expect(who(claim(s, '40.00'))).toBe('图书采购经费 (list-item-lead)');
    expect(claim(s, '40.00').measure).toBe('budget.initial');
    expect(claim(s, '44.00').measure).toBe('budget.adjusted');
  });

  it('a project figure is never compared with the department total', async () => {
    const text =
      '（三）部门整体收支情况\n本部门全年预算数2,400.00万元，全年执行数2,352.00万元，预算执行率98.00%。\n（三）重点项目\n（1）社区养老服务补助：全年预算数240.00万元，执行数235.20万元，完成预算的98.00%。';
    const { findings } = await checkDocument({ doc: await ingestText(text), rules: NUMBER_RULES });
    expect(findings).toEqual([]);
  });
});

describe('claims table API', () => {
  it('marks claims verified, contradicted or unchecked', async () => {
    const doc = await ingestText('（三）部门整体收支情况\n本部门全年预算数800.00万元，全年执行数760.00万元，预算执行率96.00%。全年开展宣传活动12场。');
    const r = await checkClaims({ doc, rules: NUMBER_RULES });
    expect(claimStatus(r.claims, claim(r.claims, '96.00').id)).toBe('contradicted');
    expect(claimStatus(r.claims, claim(r.claims, '800.00').id)).toBe('contradicted');
    expect(claimStatus(r.claims, claim(r.claims, '12').id)).toBe('unchecked');
    const ok = await checkClaims({ doc: await ingestText('（三）部门整体收支情况\n本部门全年预算数800.00万元，全年执行数760.00万元，预算执行率95.00%。'), rules: NUMBER_RULES });
    const rate = claim(ok.claims, '95.00');
    expect(claimStatus(ok.claims, rate.id)).toBe('verified');
    expect(ok.claims.checks.get(rate.id)).toEqual([{ ruleId: 'number/rate-mismatch', outcome: 'verified' }]);
    expect(ok.claims.bySubject.get('')?.map((c) => c.text)).toEqual(['800.00', '760.00', '95.00']);
  });

  it('analyses a paragraph of 12,000 rates without a quadratic partner search', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 12_000; i++) parts.push(`执行率${(90 + (i % 10) / 10).toFixed(1)}%`);
    const doc = await ingestText(`（三）部门整体收支情况\n本部门全年预算数100.00万元，全年执行数95.00万元，${parts.join('，')}。`);
    const t0 = cpuMs();
    await checkDocument({ doc, rules: NUMBER_RULES });
    // generous bound for a hostile input (the old block scan took many seconds)
    expect(cpuMs() - t0).toBeLessThan(10_000);
  });
});

describe('headingName', () => {
  it('takes a heading that is only an expense line’s name, not a topic', async () => {
    const { headingName } = await import('./names');
    expect(headingName('2．职业技能鉴定补贴')?.name).toBe('职业技能鉴定补贴');
    expect(headingName('（三）机关食堂运营补助')?.name).toBe('机关食堂运营补助');
    expect(headingName('（四）主要工作成效')).toBeNull();
    expect(headingName('（二）预算执行情况')).toBeNull();
    // without an item marker a line is not taken for a heading name
    expect(headingName('职业技能鉴定补贴')).toBeNull();
  });
});
