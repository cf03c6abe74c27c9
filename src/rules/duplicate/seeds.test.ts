import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../check/check-document';
import type { Finding } from '../../check/types';
import { ingestBytes } from '../../ingest/ingest';
import { seedBytes } from '../../../test/seeds';
import { DUPLICATE_RULES } from './index';

const noPdf = async () => {
  throw new Error('txt only');
};
const load = (id: '000' | '001' | '002' | '003' | '004') => ingestBytes(seedBytes(id, 'txt'), noPdf);
const check = async (id: '000' | '001' | '002' | '003' | '004', against: Array<'000' | '002'> = []) => {
  const references = await Promise.all(against.map(async (a) => ({ file: `${a}.txt`, doc: await load(a) })));
  return (await checkDocument({ doc: await load(id), references, rules: DUPLICATE_RULES })).findings;
};
const has = (found: Finding[], quote: string, relatedQuote = quote) => found.filter((f) => f.quote.includes(quote) && f.related.some((r) => r.quote.includes(relatedQuote)));

// The repetition cases listed in shared/docs/domain.md, each found once with both places.
describe('repetition cases of the seeds', () => {
  it('seed 000: every listed case, once each, nothing else', async () => {
    const found = await check('000');
    expect(has(found, '聚焦推动“数字政府”建设，就打造“掌上办事”开展常委会协商议政')).toHaveLength(1);
    expect(has(found, '始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手')).toHaveLength(1);
    const three = has(found, '充分发挥统一战线组织功能');
    expect(three).toHaveLength(1);
    expect(three[0]!.quote).toContain('深化团结联谊强信心');
    expect(three[0]!.quote).toContain('整合文史资源聚人心');
    const conclusion = has(found, '预算编制、执行及使用效益情况均达到了预期的绩效目标，立项科学');
    expect(conclusion).toHaveLength(1);
    expect(conclusion[0]!.path).toEqual(['三、存在的主要问题']);
    expect(conclusion[0]!.related[0]!.path).toEqual(['二、综合评价分析', '（一）自评结论综述']);
    // plus one genuine verbatim sentence the table does not list
    expect(found.map((f) => f.quote.slice(0, 16))).toEqual([
      '坚持建言资政和凝聚共识双向发力，',
      '聚焦推动“数字政府”建设，就打造',
      '充分发挥统一战线组织功能，支持和',
      '我们始终把加强自身建设、提升能力',
      '我部门2021年预算编制、执行及',
    ]);
  });

  it('seed 001: 百姓提案, the proposal counts and 社情民意, and not the duty list', async () => {
    const found = await check('001');
    expect(has(found, '指导海珠区政协先行试点“百姓提案”的征集办理与落地见效')).toHaveLength(1);
    expect(has(found, '全年共征集提案693件，经审查立案456件，立案率为65.8%')).toHaveLength(1);
    expect(has(found, '收集社情民意信息1200余条，编辑报送90篇')).toHaveLength(1);
    expect(found.some((f) => f.quote.includes('负责政协广州市委员会全体会议'))).toBe(false);
    expect(found).toHaveLength(2);
  });

  it('seed 002: the award sentence, reported once with its three places', async () => {
    const found = await check('002');
    const award = has(found, '4个作品、团队和个人分别获得省市比赛12个奖项');
    expect(award).toHaveLength(1);
    expect(award[0]!.messageId).toBe('repeatedMany');
    expect(award[0]!.related).toHaveLength(2);
  });

  it('seeds 003 and 004: no repetition (table rows repeat numbers legitimately)', async () => {
    expect(await check('003')).toEqual([]);
    expect(await check('004')).toEqual([]);
  });

  it('seed 000 against seed 002: the shared 存在问题 boilerplate', async () => {
    const found = (await check('000', ['002'])).filter((f) => f.ruleId === 'duplicate/against-reference');
    const boiler = has(found, '从预算执行及绩效管理的情况来看');
    expect(boiler).toHaveLength(1);
    expect(boiler[0]!.related[0]!.file).toBe('002.txt');
    expect(boiler[0]!.related[0]!.quote).toMatch(/^从预算执行及绩效管理的情况来看，我委/);
  });
});
