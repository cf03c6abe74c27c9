import { describe, expect, it } from 'vitest';
import { splitTableCells } from './table-cells';

describe('splitTableCells', () => {
  it('recognises flattened budget rows', () => {
    expect(splitTableCells('合计 2165.98 153.56 2287.19 98.61% 7.09%')).toEqual(['合计', '2165.98', '153.56', '2287.19', '98.61%', '7.09%']);
    expect(splitTableCells('接待团组批数 接待团、组批数 5批 1批次')).toEqual(['接待团组批数', '接待团、组批数', '5批', '1批次']);
    expect(splitTableCells('会议出席率 会议出席率 85%')).toEqual(['会议出席率', '会议出席率', '85%']);
  });
  it('re-attaches units a PDF split off their numbers', () => {
    expect(splitTableCells('组织委员专题调研次数 组织委员调研次数 6 次')).toEqual(['组织委员专题调研次数', '组织委员调研次数', '6次']);
  });
  it('leaves prose and titles alone, even with extraction spaces', () => {
    expect(splitTableCells('2021 年中国人民政治协商会议广东省广州市 花都区委员会部门整体支出 绩效自评报告')).toBeNull();
    expect(splitTableCells('本部门 2021 年度一般公共预算财政拨款支出全年预算数 3,363.37 万元，全年执行数 2,760.71 万元')).toBeNull();
    expect(splitTableCells('征集提案 124 件')).toBeNull();
    expect(splitTableCells('主要任务 年初预期目标 目标完成情况 关键指标')).toBeNull();
  });
});
