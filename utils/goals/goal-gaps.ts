import { expertsOnOnePlatformGaps } from '../insights/experts-on-one-platform';
import { noMentor } from '../insights/no-mentor';
import { DAY_MS, type GapRule } from '../insights/rule';
import type { Source } from '../model/source';
import { hostOf } from '../url/host';

/**
 * What a goal's network lacks: the network page's gap rules (utils/insights, the same GapRule
 * shape), given only the sources and people linked to one goal, and a few that only make sense
 * for one goal. Each is a pure function of that subset and the time.
 */

/** A goal with nothing saved for it this many days has gone quiet. */
const GOAL_QUIET_DAYS = 30;

const isCommunity = (s: Source) => s.kind === 'community' || s.category === 'communities';

/** Nothing is linked to the goal yet. */
export const goalEmptyGaps: GapRule = {
  id: 'goal-empty',
  gaps: (sources) =>
    sources.length === 0 ? [{ title: { key: 'goal_gap_empty' }, help: { key: 'goal_gap_empty_help' } }] : [],
};

/** No mentor and no expert for this goal (the network's no-mentor rule, widened to experts). */
export const goalNoGuideGaps: GapRule = {
  id: 'goal-no-guide',
  gaps: (sources, now) =>
    noMentor(sources, now) && !sources.some((s) => s.category === 'experts')
      ? [{ title: { key: 'goal_gap_no_guide' }, help: { key: 'goal_gap_no_guide_help' } }]
      : [],
};

/** No community to learn it with. */
export const goalNoCommunityGaps: GapRule = {
  id: 'goal-no-community',
  gaps: (sources) =>
    sources.some(isCommunity)
      ? []
      : [{ title: { key: 'goal_gap_no_community' }, help: { key: 'goal_gap_no_community_help' } }],
};

/** Every source with an address (at least two) is on one site. */
export function oneSite(sources: readonly Source[]): string | undefined {
  const hosts = new Set<string>();
  let count = 0;
  for (const s of sources) {
    const host = s.url === undefined ? undefined : hostOf(s.url);
    if (host === undefined) continue;
    count += 1;
    hosts.add(host);
    if (hosts.size > 1) return undefined;
  }
  return count >= 2 ? [...hosts][0] : undefined;
}

export const goalOneSiteGaps: GapRule = {
  id: 'goal-one-site',
  gaps: (sources) => {
    const host = oneSite(sources);
    return host === undefined
      ? []
      : [{ title: { key: 'goal_gap_one_site', subs: [host] }, help: { key: 'goal_gap_one_site_help' } }];
  },
};

/** Something is linked, but nothing was saved in GOAL_QUIET_DAYS days. */
export const goalQuietGaps: GapRule = {
  id: 'goal-quiet',
  gaps: (sources, now) => {
    if (sources.length === 0) return [];
    const newest = Math.max(...sources.map((s) => s.createdAt));
    return now - newest > GOAL_QUIET_DAYS * DAY_MS
      ? [
          {
            title: { key: 'goal_gap_quiet', subs: [String(GOAL_QUIET_DAYS)] },
            help: { key: 'goal_gap_quiet_help' },
          },
        ]
      : [];
  },
};

/** Every rule a goal's page applies, in the order it lists them. */
export const GOAL_GAP_RULES: readonly GapRule[] = [
  goalEmptyGaps,
  goalNoGuideGaps,
  goalNoCommunityGaps,
  expertsOnOnePlatformGaps,
  goalOneSiteGaps,
  goalQuietGaps,
];

/** What a goal's sources lack, by every rule of GOAL_GAP_RULES. */
export function goalGaps(sources: readonly Source[], now: number) {
  const rules = sources.length === 0 ? [goalEmptyGaps] : GOAL_GAP_RULES;
  return rules.flatMap((rule) => rule.gaps(sources, now));
}
