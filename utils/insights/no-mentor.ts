import type { Source } from '../model/source';
import type { InsightRule } from './rule';

/** A gap: nobody in the network is filed under Mentors. */
export const noMentor: InsightRule<boolean> = (sources: readonly Source[]) =>
  !sources.some((s) => s.category === 'mentors');
