/**
 * Fixed political formulas (提法) that recur in every report of the genre. Chars inside
 * them do not count towards a repeated passage's length: repeating 习近平新时代中国特色
 * 社会主义思想 or 两个维护 is the register, not copy-paste. Written as in the matching view
 * (no punctuation). The corpus rule judges other boilerplate by document frequency.
 */
export const DEFAULT_SET_PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '中国特色社会主义',
  '马克思列宁主义',
  '毛泽东思想',
  '邓小平理论',
  '三个代表重要思想',
  '科学发展观',
  '习近平总书记',
  '中国共产党',
  '党中央',
  '党的十九大',
  '党的二十大',
  '十九届历次全会精神',
  '二十届历次全会精神',
  '重要讲话和重要指示批示精神',
  '重要讲话',
  '重要指示批示精神',
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '全面从严治党',
  '党风廉政建设',
  '不忘初心牢记使命',
  '以人民为中心',
  '社会主义核心价值观',
  '政治协商民主监督参政议政',
  '一岗双责',
];

/** 0/1 mask over `viewText`: 1 where a char lies inside an occurrence of one of `phrases`. */
export function setPhraseMask(viewText: string, phrases: readonly string[] = DEFAULT_SET_PHRASES): Uint8Array {
  const mask = new Uint8Array(viewText.length);
  for (const p of phrases) {
    if (!p) continue;
    for (let i = viewText.indexOf(p); i >= 0; i = viewText.indexOf(p, i + 1)) mask.fill(1, i, i + p.length);
  }
  return mask;
}

/** Prefix sums of a 0/1 mask: count in [i, j) is sums[j] − sums[i]. */
export function prefixSums(mask: Uint8Array): Int32Array {
  const s = new Int32Array(mask.length + 1);
  for (let i = 0; i < mask.length; i++) s[i + 1] = (s[i] as number) + (mask[i] as number);
  return s;
}
