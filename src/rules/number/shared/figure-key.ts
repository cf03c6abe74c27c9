/** Figure keys live in the claim model (src/claims/figure-key.ts); re-exported for the number rules. */
export * from '../../../claims/figure-key';
