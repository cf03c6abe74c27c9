/** GRIM (Brown & Heathers 2016) for percentages: can some integer count out of N give this value? */
import type Decimal from 'decimal.js';
import { exact, roundHalfUp } from '../../../domain';

interface GrimResult {
  /** False when every percentage at this precision is reachable out of N (no power to test). */
  informative: boolean;
  reachable: boolean;
  /** The nearest counts below and above, with the percentages they give. */
  neighbours: Array<{ k: number; percent: Decimal }>;
}

/** Whether `percent` (written with `decimals` decimals) equals round(k ÷ n × 100) for an integer k. */
export function grim(percent: Decimal, decimals: number, n: number): GrimResult {
  const p = exact(percent);
  const step = exact(100).div(n);
  const informative = step.gt(exact(10).pow(-decimals));
  const k0 = p.times(n).div(100).floor().toNumber();
  const neighbours: Array<{ k: number; percent: Decimal }> = [];
  let reachable = false;
  for (let k = Math.max(0, k0 - 1); k <= k0 + 2; k++) {
    const v = exact(k).div(n).times(100);
    if (roundHalfUp(v, decimals).eq(p)) reachable = true;
    if (k === k0 || k === k0 + 1) neighbours.push({ k, percent: v });
  }
  return { informative, reachable, neighbours };
}
