import { buildCandidates, type Candidate } from './candidates';
import type { Extraction } from './extraction';

/**
 * The candidates of a page, what it is mostly about first. The one place the popup, the
 * in-page button and the command line ask: platform knowledge joins here.
 */
export function candidatesFor(e: Extraction): Candidate[] {
  return buildCandidates(e);
}
