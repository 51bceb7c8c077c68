import type { Source } from '../model/source';
import type { GapRule, InsightRule } from './rule';
import { topicKey } from '../text';

export interface TopicGap {
  topic: string;
  /** How many sources have the topic. */
  count: number;
}

/** A topic needs this many sources before a missing community counts as a gap. */
export const TOPIC_GAP_MIN_SOURCES = 3;

const isCommunity = (s: Source) => s.kind === 'community' || s.category === 'communities';

/**
 * Gaps: topics you collect sources on (at least TOPIC_GAP_MIN_SOURCES) without a community
 * to learn them with. Topics compare without case; most sources first.
 */
export const topicsWithoutCommunity: InsightRule<TopicGap[]> = (sources: readonly Source[]) => {
  const topics = new Map<string, { topic: string; count: number; community: boolean }>();
  // A network has far fewer topics than tags: each spelling is lower-cased once.
  const entries = new Map<string, { topic: string; count: number; community: boolean }>();
  for (const s of sources) {
    for (const topic of s.topics) {
      let entry = entries.get(topic);
      if (!entry) {
        const key = topicKey(topic);
        entry = topics.get(key) ?? { topic, count: 0, community: false };
        topics.set(key, entry);
        entries.set(topic, entry);
      }
      entry.count += 1;
      entry.community ||= isCommunity(s);
    }
  }
  return [...topics.values()]
    .filter((e) => !e.community && e.count >= TOPIC_GAP_MIN_SOURCES)
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
    .map(({ topic, count }) => ({ topic, count }));
};

export const topicsWithoutCommunityGaps: GapRule = {
  id: 'topics-without-community',
  gaps: (sources, now) =>
    topicsWithoutCommunity(sources, now).map(({ topic, count }) => ({
      title: { key: 'gap_topic_community', subs: [topic] },
      help: { key: 'gap_topic_community_help', subs: [String(count)] },
    })),
};
