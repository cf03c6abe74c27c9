import { describe, expect, it } from 'vitest';
import { isWsCode, WS } from './chars';

describe('isWsCode', () => {
  it('agrees with WS on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWsCode(c) !== WS.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
