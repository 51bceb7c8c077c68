import { cleanTopics } from '../model/source';

/** How many topics the popup suggests from a page at most. */
export const MAX_PAGE_TOPICS = 5;
/** A tag longer than this is a phrase, not a topic. */
const MAX_WORDS = 4;

const key = (topic: string) => topic.toLocaleLowerCase();

/**
 * Topics to suggest from a page's own tags: cleaned as topics are, folded onto the topics
 * already in use (a tag "Machine learning" is the topic "machine learning" one uses), those
 * first, then new ones in the page's order; none that is chosen already. Only suggestions:
 * the person adds the ones they want.
 */
export function suggestTopics(
  keywords: readonly string[],
  inUse: readonly string[],
  chosen: readonly string[],
  max: number = MAX_PAGE_TOPICS,
): string[] {
  const known = new Map(inUse.map((topic) => [key(topic), topic]));
  const taken = new Set(chosen.map(key));
  const used: string[] = [];
  const fresh: string[] = [];
  for (const topic of cleanTopics(keywords)) {
    if (taken.has(key(topic)) || topic.split(/\s+/).length > MAX_WORDS) continue;
    const existing = known.get(key(topic));
    if (existing === undefined) fresh.push(topic);
    else used.push(existing);
  }
  return [...used, ...fresh].slice(0, max);
}
