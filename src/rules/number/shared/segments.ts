/** Sentences and segments live in the claim model (src/claims/segments.ts); re-exported here. */
export * from '../../../claims/segments';
