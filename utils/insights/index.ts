import type { Source } from '../model/source';
import { categoryBalance } from './category-balance';
import { expertsOnOnePlatformGaps } from './experts-on-one-platform';
import { growthByMonth } from './growth';
import { noMentorGaps } from './no-mentor';
import { pleBalance } from './ple-balance';
import type { GapRule } from './rule';
import { staleFollows } from './stale-follows';
import { topicsWithoutCommunityGaps } from './topics-without-community';
import { unjudgedShare } from './unjudged';

export { unjudgedShare, type UnjudgedShare } from './unjudged';

/**
 * Every rule that finds gaps, in the order the page lists them. A new one is a file with its
 * GapRule, its test beside it, and a line here (utils/conventions.test.ts checks all three).
 */
export const GAP_RULES: readonly GapRule[] = [noMentorGaps, expertsOnOnePlatformGaps, topicsWithoutCommunityGaps];

/** Every insight the network page shows, computed at once. */
export function networkInsights(sources: readonly Source[], now: number) {
  return {
    categories: categoryBalance(sources, now),
    ple: pleBalance(sources, now),
    gaps: GAP_RULES.flatMap((rule) => rule.gaps(sources, now)),
    stale: staleFollows(sources, now),
    growth: growthByMonth(sources, now),
    unjudged: unjudgedShare(sources),
  };
}
export type NetworkInsights = ReturnType<typeof networkInsights>;
