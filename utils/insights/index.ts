import type { Source } from '../model/source';
import { categoryBalance } from './category-balance';
import { expertsOnOnePlatform } from './experts-on-one-platform';
import { growthByMonth } from './growth';
import { noMentor } from './no-mentor';
import { pleBalance } from './ple-balance';
import { staleFollows } from './stale-follows';
import { topicsWithoutCommunity } from './topics-without-community';

/** Every insight the network page shows, computed at once. */
export function networkInsights(sources: readonly Source[], now: number) {
  return {
    categories: categoryBalance(sources, now),
    ple: pleBalance(sources, now),
    noMentor: noMentor(sources, now),
    onePlatform: expertsOnOnePlatform(sources, now),
    topicGaps: topicsWithoutCommunity(sources, now),
    stale: staleFollows(sources, now),
    growth: growthByMonth(sources, now),
  };
}
export type NetworkInsights = ReturnType<typeof networkInsights>;
