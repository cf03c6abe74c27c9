/** Title, year and department found in the opening lines of a report. */

const TITLE_WORDS = /(报告|自评表|评价表|评价报告|自评情况|绩效自评)/;

/** True for a short opening line that reads like the report's title. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= 80 && TITLE_WORDS.test(text) && !/[。；]$/.test(text);
}

/** The report year: from "2021年度", "（2021年度）", "2021年…报告". */
export function findYear(title: string, opening: string): number | undefined {
  for (const s of [title, opening]) {
    const m = /(20\d{2}|19\d{2})\s*年度?/.exec(s);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * The department: an explicit 部门名称/单位名称 field when present, otherwise
 * the part of the title between the year and "部门整体支出"/"整体支出".
 */
export function findDepartment(title: string, opening: string): string | undefined {
  const field = /(?:部门|单位|预算单位|报送单位)名称\s*(?:（盖章）|\(盖章\))?\s*[：:]?\s*([^\s：:（(，。；\n]{4,40})/.exec(opening);
  if (field?.[1]) return field[1];
  const m = /^(?:\d{4}年度?)?(.{2,40}?)(?:部门|单位)?整体支出/.exec(title);
  if (m?.[1]) {
    const name = m[1]
      .replace(/^关于/, '')
      .replace(/\d{4}年度?/g, '')
      .replace(/(部门|单位)$/, '');
    if (name.length >= 2) return name;
  }
  return undefined;
}
