import { describe, expect, it } from 'vitest';
import { classifyHeading, headingMarker } from './headings';

describe('headingMarker', () => {
  it.each([
    ['一、基本情况', 1],
    ['十二、其他', 1],
    ['（一）部门概况', 2],
    ['(二)年度总体工作', 2],
    ['1.把牢主轴', 3],
    ['1、广州市政协职能简述', 3],
    ['1．坚持区委正确领导', 3],
    ['12.协同有关部门', 3],
    ['（1）负责全体会议', 4],
    ['(9)承办其他事项', 4],
  ])('%s → level %i', (text, level) => {
    expect(headingMarker(text)?.level).toBe(level);
  });
  it.each(['一是加强党的领导', '2021年，区政协', '1.5万元用于', '3月底召开', '第一条', '（2021年度）'])('%s is not a heading', (text) => {
    expect(headingMarker(text)).toBeNull();
  });
});

describe('classifyHeading', () => {
  it('treats a short marker line as a stand-alone heading', () => {
    expect(classifyHeading('（一）部门概况')).toEqual({ type: 'heading', level: 2, title: '（一）部门概况' });
  });
  it('titles a numbered paragraph by its lead phrase', () => {
    expect(classifyHeading('1．坚持区委正确领导。把牢政治方向、严守政治规矩，坚持重大事项请示报告制度。')).toEqual({
      type: 'lead',
      level: 3,
      title: '1．坚持区委正确领导',
    });
  });
  it('does not make a heading of a bare marker', () => {
    expect(classifyHeading('一、')).toBeNull();
  });
});
