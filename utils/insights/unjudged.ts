import type { Source } from '../model/source';

/** How much of a set of sources rests on ones never judged for reliability. */
export interface UnjudgedShare {
  /** Sources without a reliability rating. */
  unjudged: number;
  total: number;
  /** unjudged / total, 0 for no sources. */
  share: number;
}

/**
 * The sources never judged for reliability (no rating), out of all given: for the whole network
 * on the network page, and for the sources of one goal on its page.
 */
export function unjudgedShare(sources: Iterable<Pick<Source, 'reliability'>>): UnjudgedShare {
  let total = 0;
  let unjudged = 0;
  for (const source of sources) {
    total += 1;
    if (source.reliability === undefined) unjudged += 1;
  }
  return { unjudged, total, share: total === 0 ? 0 : unjudged / total };
}
