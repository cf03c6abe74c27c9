/** A rating stated after a marker word: 评级为优, 等级：良好, 评定为“优秀” (not 被评为优秀, an award). */
export const RATING_STATED = /(?:评级|等级|等次|评定|评价结果|自评结果)(?:为|是|：|:)?\s*[“"「]?(优秀|良好|中等|较差|优|良|中|差)(?![^\s，。；、”"」）)])/g;
