/**
 * Names of projects, funds and expense lines in running text: 森林防火项目, 法律援助经费,
 * “三公”经费, 农村集体经济发展扶持资金, 不动产登记信息化建设项目 — not 项目支出, 该项目,
 * 重点项目, 专项资金 or 人员经费 (words for a category, not a name).
 */

export interface NameHit {
  name: string;
  start: number;
  end: number;
}

const ENDINGS = /(?:项目|经费|专项资金|资金|专项|工程)/g;
/** Characters a name is made of: ideographs, Latin letters, quotes (“三公”), middle dot. */
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z“”"‘’·]/;
/** Words before a name that are not part of it: 我局实施的X项目, 用于X, 开展X. */
const LEAD_CUT = /^.*(?:实施的|开展的|安排的|承担的|负责的|组织的|设立的|的|实施|开展|安排|承担|用于|其中|通过|围绕|推进|完成|落实|按照|根据)/;
/** Category words and pronouns: not a project's name. */
const GENERIC_CORE = new Set([
  '',
  '该',
  '本',
  '此',
  '上述',
  '以上',
  '各',
  '各类',
  '各项',
  '其他',
  '其余',
  '其它',
  '重点',
  '所有',
  '全部',
  '部分',
  '相关',
  '新增',
  '零星',
  '个别',
  '财政',
  '财政专项',
  '上级',
  '上级专项',
  '中央',
  '省级',
  '市级',
  '县级',
  '区级',
  '专项',
  '项目',
  '人员',
  '公用',
  '日常公用',
  '基本',
  '工作',
  '办公',
  '结转',
  '结余',
  '转移支付',
  '一般公共预算',
  '政府性基金',
  '预算',
  '部门',
  '单位',
  '配套',
  '补助',
  '帮扶',
  '民生',
  '建设',
  '重点任务',
  '年度',
  '本年',
  '在建',
  '续建',
  '新建',
  '已完成',
  '完成',
  '实施',
  '储备',
  '前期',
  '预算内',
  '财政拨款',
  '自有',
  '其他项目',
  '常规',
  '经常性',
]);
const GENERIC_START = /^(?:该|本|上述|以上|各|其他|其余|个|所|这|那|多|每|全部|全年|此|新增|重点|一批|若干|相关|部分)/;

/** The name ending at `end` (exclusive; the ending word included), or null. */
function nameEndingAt(text: string, endStart: number, end: number, floor: number): NameHit | null {
  let s = endStart;
  while (s > floor && endStart - s < 24 && NAME_CHAR.test(text[s - 1]!)) s--;
  let raw = text.slice(s, end);
  const cut = raw.slice(0, endStart - s).match(LEAD_CUT);
  if (cut) raw = raw.slice(cut[0].length);
  raw = raw.replace(/^[了着过]+/, '');
  const start = end - raw.length;
  const core = raw.slice(0, raw.length - (end - endStart)).replace(/[“”"‘’]/g, '');
  if (GENERIC_CORE.has(core) || GENERIC_START.test(core) || core.length < 2) return null;
  if (text.slice(endStart, end) === '资金' && core.length < 3) return null;
  // 项目支出 is the 按性质 category; X项目支出 is project X's spending
  return { name: raw.replace(/[“”"‘’]/g, ''), start, end };
}

/** Words between a name and a fund word that belong to the figure, not the name. */
const MEASURE_WORDS = /^(?:下达|批复|安排|拨付|到位|投入|使用|结余|结转|支付|拨入|预算|年度|全年|年初|实际|累计|共|总|当年|本年)/;

/** Every project or fund name in text[from, to), in order. */
export function findNames(text: string, from: number, to: number): NameHit[] {
  const out: NameHit[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(ENDINGS)) {
    const endStart = from + m.index;
    const end = endStart + m[0].length;
    // 专项资金 inside X专项资金 is matched as 专项 then 资金: take the longest ending
    if (m[0] === '专项' && text.startsWith('资金', end)) continue;
    const hit = nameEndingAt(text, endStart, end, from);
    if (!hit) continue;
    const prev = out.at(-1);
    if (prev && prev.end === hit.end) continue;
    if (prev && hit.start <= prev.start && hit.end > prev.end) {
      // X项目经费 is one name; X项目下达资金 is X项目 and a figure's words
      if (MEASURE_WORDS.test(text.slice(prev.end, endStart))) continue;
      out.pop();
    }
    out.push(hit);
  }
  return out;
}

/** Marker of a list item or heading at the start of a block: （1） 1. 一、 （一） 第一， 一是. */
const ITEM_MARKER =
  /^[\s\u3000]*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、])?[\s\u3000]*/;

/**
 * The name leading a block or list item: “（1）X项目：…”, “X经费。该经费…”, “X项目，…”,
 * “2.X项目下达资金…” — a name at the very start (after an item marker), followed by
 * punctuation or directly by the figures' words. Returns the name and where it ends.
 */
export function leadName(text: string, start: number, end: number): NameHit | null {
  const head = text.slice(start, Math.min(end, start + 60));
  const marker = head.match(ITEM_MARKER)?.[0].length ?? 0;
  const from = start + marker;
  const names = findNames(text, from, Math.min(end, from + 40));
  const first = names[0];
  if (first && first.start === from) return first;
  // an expense line's name, then the figure's words: 职工书屋建设补助安排资金…, 设备购置费年度预算…
  const line = LINE_LEAD.exec(text.slice(from, Math.min(end, from + 30)));
  // (names ending in 项目/经费/资金 are findNames' to find; 我局承担的X is X, found there too)
  if (line && !/(项目|经费|资金|专项|工程)$/.test(line[1]!) && !LEAD_CUT.test(line[1]!) && !NOT_A_NAME.test(line[1]!) && !GENERIC_START.test(line[1]!) && !GENERIC_CORE.has(line[1]!.replace(LINE_END, ''))) {
    return { name: line[1]!.replace(/[“”"‘’]/g, ''), start: from, end: from + line[1]!.length };
  }
  // after an item marker, any short name closed by a colon: （1）城区绿化养护补助：…
  if (marker === 0) return null;
  const colon = /^([\u4e00-\u9fff“”"‘’·A-Za-z]{3,24})[：:]/.exec(text.slice(from, Math.min(end, from + 30)));
  if (!colon || NOT_A_NAME.test(colon[1]!)) return null;
  const name = colon[1]!.replace(/[“”"‘’]/g, '');
  return { name, start: from, end: from + colon[1]!.length };
}

/** Leads that head a topic, not a project: 预算执行情况：, 部门整体支出：, 主要做法：. */
const NOT_A_NAME = /预算|收支|部门|整体|执行|情况|总体|做法|成效|问题|措施|经验|结论|分析|概况|指标|目标|评价|得分|自评/;

/** How an expense line's name ends when it is not a 项目/经费/资金: 运营补助, 物业管理费, 设备购置. */
const LINE_END = /(补助|补贴|费|费用|购置|维护|运维|运营|奖励|慰问金|救助金|抚恤金|保障金|专款)$/;
/** A block that starts with an expense line's name followed by a figure's words (or punctuation). */
const LINE_LEAD =
  /^([\u4e00-\u9fff“”"‘’·A-Za-z]{2,22}?(?:补助|补贴|费用|费|购置|维护|运维|运营|奖励|慰问金|救助金|抚恤金|保障金|专款))(?=下达|批复|安排|拨付|到位|投入|使用|预算|年度|全年|年初|实际|累计|[：:，,])/;

/**
 * A heading that is only an expense line's name (2．职工书屋建设补助, （三）办公设备购置):
 * after an item marker, the whole title is a name with an expense line's ending — not a
 * topic (预算执行情况, 主要成效).
 */
export function headingName(title: string): NameHit | null {
  const marker = title.match(ITEM_MARKER)?.[0].length ?? 0;
  if (marker === 0) return null;
  const rest = title.slice(marker).replace(/[\s\u3000]+$/, '');
  if (!/^[\u4e00-\u9fff“”"‘’·A-Za-z]{4,24}$/.test(rest) || !LINE_END.test(rest) || NOT_A_NAME.test(rest) || GENERIC_START.test(rest)) return null;
  return { name: rest.replace(/[“”"‘’]/g, ''), start: marker, end: marker + rest.length };
}
