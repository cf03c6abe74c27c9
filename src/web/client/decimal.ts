/**
 * /assets/decimal.js — exact decimal arithmetic for the live sums and rates of the figures
 * form (BigInt with a scale; never binary floats), and the 财预〔2020〕10号 rating bands.
 * Unit-tested in Node (src/web/client/decimal.test.ts).
 */
export const DECIMAL_JS = String.raw`
const TEN = BigInt(10);
function pow10(k) { let p = BigInt(1); for (let i = 0; i < k; i++) p *= TEN; return p; }

/** "3,363.37" / 3363.37 / " 18.30 " → { n: 336337n, scale: 2 }; anything else → null. */
export function parseDec(v) {
  if (v == null) return null;
  const s = String(v).trim().replace(/[,，\s]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[3] || '';
  const n = BigInt(m[2] + frac) * (m[1] ? BigInt(-1) : BigInt(1));
  return { n, scale: frac.length };
}

function align(a, b) {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * pow10(scale - a.scale), b.n * pow10(scale - b.scale), scale];
}

export function add(a, b) { const [x, y, scale] = align(a, b); return { n: x + y, scale }; }
export function sub(a, b) { const [x, y, scale] = align(a, b); return { n: x - y, scale }; }
export function cmp(a, b) { const [x, y] = align(a, b); return x === y ? 0 : x < y ? -1 : 1; }
export function sum(list) { return list.reduce((acc, d) => add(acc, d), { n: BigInt(0), scale: 0 }); }
export function isZero(a) { return a.n === BigInt(0); }

/** Plain decimal string keeping the scale: { n: 276071n, scale: 2 } → "2760.71". */
export function decStr(d) {
  const neg = d.n < BigInt(0);
  let s = (neg ? -d.n : d.n).toString();
  if (d.scale > 0) {
    s = s.padStart(d.scale + 1, '0');
    s = s.slice(0, s.length - d.scale) + '.' + s.slice(s.length - d.scale);
  }
  return (neg ? '-' : '') + s;
}

/** With thousands separators, as reports write amounts: 2,760.71. */
export function decFmt(d) {
  const s = decStr(d);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '');
}

/** num ÷ den × 100 rounded half up to decimals places, as a string ("82.08"); null when den is 0. */
export function percent(num, den, decimals) {
  if (!num || !den || den.n === BigInt(0)) return null;
  const d = decimals == null ? 2 : decimals;
  const [x, y] = align(num, den);
  const neg = (x < BigInt(0)) !== (y < BigInt(0));
  const ax = x < BigInt(0) ? -x : x, ay = y < BigInt(0) ? -y : y;
  // value × 10^d × 100, rounded half up: (2·ax·10^(d+2) + ay) / (2·ay)
  const scaled = (BigInt(2) * ax * pow10(d + 2) + ay) / (BigInt(2) * ay);
  return decStr({ n: neg ? -scaled : scaled, scale: d });
}

/** Rating for a self-score (财预〔2020〕10号): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
export function ratingFor(score) {
  if (!score) return null;
  if (cmp(score, parseDec('90')) >= 0) return '优';
  if (cmp(score, parseDec('80')) >= 0) return '良';
  if (cmp(score, parseDec('60')) >= 0) return '中';
  return '差';
}

/** The first number in an indicator value ("95%以上" → 95), and whether it is a ceiling (以下, 以内, ≤). */
export function indicatorValue(s) {
  const t = String(s == null ? '' : s);
  const m = /-?\d[\d,，]*(?:\.\d+)?/.exec(t);
  return m ? { value: parseDec(m[0]), ceiling: /以下|以内|不超过|不高于|低于|≤|<=/.test(t) } : null;
}

/** 'met' | 'short' | null (cannot tell) for an indicator's target and actual. */
export function indicatorStatus(target, actual) {
  const t = indicatorValue(target), a = indicatorValue(actual);
  if (!t || !a || !t.value || !a.value) return null;
  const c = cmp(a.value, t.value);
  return (t.ceiling ? c <= 0 : c >= 0) ? 'met' : 'short';
}
`;
