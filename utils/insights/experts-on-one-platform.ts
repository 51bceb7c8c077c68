import type { Source } from '../model/source';
import { hostOf } from '../url/host';
import type { GapRule, InsightRule } from './rule';

/**
 * A gap: every person with a link is on the same platform (all on x.com, say), so the
 * network hears one kind of voice. Gives that host, when there are at least two such people.
 */
export const expertsOnOnePlatform: InsightRule<string | undefined> = (sources: readonly Source[]) => {
  const hosts = new Set<string>();
  let people = 0;
  for (const s of sources) {
    if (s.kind !== 'person' || s.url === undefined) continue;
    const host = hostOf(s.url);
    if (host === undefined) continue;
    people += 1;
    hosts.add(host);
    if (hosts.size > 1) return undefined;
  }
  return people >= 2 ? [...hosts][0] : undefined;
};

export const expertsOnOnePlatformGaps: GapRule = {
  id: 'experts-on-one-platform',
  gaps: (sources, now) => {
    const host = expertsOnOnePlatform(sources, now);
    return host === undefined
      ? []
      : [{ title: { key: 'gap_one_platform', subs: [host] }, help: { key: 'gap_one_platform_help' } }];
  },
};
