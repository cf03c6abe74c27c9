import type { Rule } from '../../check/types';
import { againstReference } from './against-reference';
import { corpusReuse } from './corpus';
import { withinReport } from './within-report';

/** Repetition rules (duplicate/…). */
export const DUPLICATE_RULES: Rule[] = [withinReport, againstReference, corpusReuse];
