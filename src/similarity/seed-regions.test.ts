import { describe, expect, it } from 'vitest';
import { blankLineRegions } from './seed-regions';

describe('blankLineRegions', () => {
  it('splits on blank lines, trims, and marks short numbered lines as headings', () => {
    const text = '\n\n一、基本情况\n\n（一）部门概况\n\n正文第一段，\n续行。  \n\n1. 把牢主轴、增强定力\n\n(1) 负责政协广州市委员会全体会议、常务委员会会议、主席会议的决议和决定的具体组织实施工作。\n';
    const rs = blankLineRegions(text);
    expect(rs.map((r) => [text.slice(r.start, r.end), r.kind])).toEqual([
      ['一、基本情况', 'heading'],
      ['（一）部门概况', 'heading'],
      ['正文第一段，\n续行。', 'paragraph'],
      ['1. 把牢主轴、增强定力', 'heading'],
      ['(1) 负责政协广州市委员会全体会议、常务委员会会议、主席会议的决议和决定的具体组织实施工作。', 'paragraph'],
    ]);
  });
});
