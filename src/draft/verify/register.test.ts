import { describe, expect, it } from 'vitest';
import { latinWordsOf, registerIssues } from './register';

const codes = (t: string, allowed?: Set<string>) => registerIssues(t, allowed).map((i) => `${i.code}:${i.quote}`);

describe('registerIssues', () => {
  it('official prose has none', () => {
    expect(codes('2021年度，我部门全年预算数3,363.37万元，预算执行率82.1%。我国、我省、我们和自我革命都是正式用语。')).toEqual([]);
  });

  it('English punctuation inside Chinese, but not a decimal point', () => {
    expect(codes('预算执行率82.1%,低于要求(见上).')).toEqual(['english-punctuation:,', 'english-punctuation:(', 'english-punctuation:)', 'english-punctuation:.']);
  });

  it('exclamation marks, colloquialisms, 我 and 你', () => {
    expect(codes('成效挺好！咱们我觉得你们')).toEqual(['colloquial:挺好', 'exclamation:！', 'colloquial:咱们', 'first-person:我', 'second-person:你']);
    expect(codes('认真的态度，名副其实')).toEqual([]);
  });

  it('English words, unless the request itself uses them', () => {
    expect(codes('Budget execution was good，在APP上线。')).toEqual(['english:Budget', 'english:execution', 'english:was', 'english:good', 'english:APP']);
    expect(codes('在APP上线。', latinWordsOf(['在“穗协通”APP开设栏目']))).toEqual([]);
  });
});
