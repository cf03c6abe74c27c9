// Test data for the corpus tests (node and workers): small reports of several departments
// sharing a set phrase, one paragraph copied with new figures, and a report to check.
// Every sentence carries the district name `ns`, so that test files using different
// names never match each other's rows in a shared database.

/** Distinct sentences, none a rewording of another. */
const SENTENCES = [
  '全年共组织专题培训十二期，覆盖基层业务骨干八百余人次，干部队伍的业务能力明显增强',
  '完成了办公用房维修改造工程的招标和验收，改善了窗口单位的办事环境',
  '推动政务服务事项全部接入网上办事大厅，群众办事平均跑动次数降到一次以内',
  '围绕农村饮水安全开展了专项督查，发现并整改问题四十六个',
  '建立了重点项目月调度制度，对进度滞后的项目逐一约谈并限期整改',
  '开展了困难群众基本生活保障专项治理，清理不符合条件的保障对象一百余户',
  '深化法治宣传教育，组织普法进社区、进校园活动三十余场次',
  '新建改建学校食堂九所，解决了偏远片区学生就餐难的问题',
  '部分项目前期论证不够充分，导致预算调整频繁，执行进度偏慢',
  '绩效指标设置不够细化，个别指标难以量化考核，自评结果的区分度不高',
  '资产管理基础工作比较薄弱，账实不符的情况仍有发生',
  '政府采购计划编制不够精准，存在年底集中采购的现象',
  '下一步将加强预算编制的前期论证，提高预算的科学性和准确性',
  '将进一步完善绩效指标体系，把绩效评价结果作为安排下年度预算的重要依据',
  '将加快推进信息化建设，实现资产和项目全过程动态监控',
  '严格执行中央八项规定精神，三公经费支出比上年下降百分之十二',
];

interface SampleReport {
  text: string;
  department: string;
  year: number;
}

const sentence = (ns: string, i: number) => `${ns}区${SENTENCES[i % SENTENCES.length] as string}。`;

/** The set phrase every department of district `ns` writes. */
export const boilerplateSentence = (ns: string) => `根据${ns}区财政局关于全面实施预算绩效管理工作的有关要求，我单位认真组织开展了部门整体支出绩效自评工作。`;

/** The paragraph of 民政局's report that the checked report copies with other figures. */
export const copiedParagraph = (ns: string, budget = '1,245.60', spent = '1,102.33', rate = '88.5%') =>
  `${ns}区民政局本年度一般公共预算财政拨款支出全年预算数${budget}万元，全年执行数${spent}万元，预算执行率${rate}，主要用于城乡低保、特困人员供养和临时救助。`;

function report(title: string, paragraphs: string[][]): string {
  const heads = ['一、基本情况', '二、绩效目标完成情况', '三、存在的问题及改进措施'];
  const parts = [title];
  paragraphs.forEach((p, i) => {
    parts.push(heads[i] ?? `${i + 1}、其他`);
    parts.push(p.join(''));
  });
  return parts.join('\n\n');
}

/**
 * Four departments' reports of 2022: 教育局, 卫生健康局 and 民政局 contain the set phrase;
 * 民政局's contains the copied paragraph; 司法局's shares nothing.
 */
export function storedReports(ns: string): SampleReport[] {
  const depts = ['教育局', '卫生健康局', '民政局', '司法局'];
  return depts.map((d, k) => {
    const department = `${ns}区${d}`;
    const first = k < 3 ? [boilerplateSentence(ns), sentence(ns, k * 3)] : [sentence(ns, k * 3)];
    const second = d === '民政局' ? [copiedParagraph(ns)] : [sentence(ns, k * 3 + 1)];
    return { department, year: 2022, text: report(`2022年${department}部门整体支出绩效自评报告`, [first, second, [sentence(ns, k * 3 + 2)]]) };
  });
}

/** A 2023 report of 审计局: the set phrase, 民政局's paragraph with new figures, and its own text. */
export function checkedReport(ns: string): SampleReport {
  const department = `${ns}区审计局`;
  return {
    department,
    year: 2023,
    text: report(`2023年${department}部门整体支出绩效自评报告`, [[boilerplateSentence(ns), sentence(ns, 12)], [copiedParagraph(ns, '2,310.00', '2,050.18', '88.8%')], [sentence(ns, 13), sentence(ns, 14)]]),
  };
}
