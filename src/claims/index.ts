/**
 * The claim model (see types.ts): every number of a report as a claim about a subject,
 * with how the subject was decided. Rules, the claims table (jixiao claims, POST /v1/claims,
 * the page's 数字清单 tab) and coverage read the same claims.
 */
export type { Claim, ClaimCheck, ClaimPlace, ClaimSet, ClaimStatus, ClaimUnit, Measure, Subject, SubjectReason } from './types';
export { buildClaims, checkClaims, claimStatus, claimsFromAnalysis, type ClaimCheckResult } from './build';
export { DEPARTMENT, isExplicit, REASON_NAMES, sameSubject, subjectKey, subjectLabel, UNKNOWN } from './subject';
export { MEASURE_NAMES } from './figure-key';
