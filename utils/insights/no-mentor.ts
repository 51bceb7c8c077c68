import type { Source } from '../model/source';
import type { GapRule, InsightRule } from './rule';

/** A gap: nobody in the network is filed under Mentors. */
export const noMentor: InsightRule<boolean> = (sources: readonly Source[]) =>
  !sources.some((s) => s.category === 'mentors');

export const noMentorGaps: GapRule = {
  id: 'no-mentor',
  gaps: (sources, now) =>
    noMentor(sources, now) ? [{ title: { key: 'gap_no_mentor' }, help: { key: 'gap_no_mentor_help' } }] : [],
};
