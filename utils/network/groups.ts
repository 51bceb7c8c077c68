import type { Source } from '../model/source';
import { CATEGORIES, type Category } from '../model/vocabulary';
import { topicKey } from '../text';

/**
 * The network page's three ways of listing sources: by PLN category, by topic and by person.
 * Pure functions of the sources; every list inside a group is newest first.
 */

const newestFirst = (a: Source, b: Source) => b.createdAt - a.createdAt;
const mostVisitedFirst = (a: Source, b: Source) =>
  b.visits - a.visits || (b.lastVisitedAt ?? 0) - (a.lastVisitedAt ?? 0) || newestFirst(a, b);

export interface CategoryGroup {
  category: Category;
  /** Every source in the category, newest first. */
  sources: Source[];
  /** The most recently saved, at most `recent` of them. */
  recent: Source[];
  /** The most opened (at least once), at most `visited` of them. */
  mostVisited: Source[];
}

/** One group per category that has sources, in the page's category order. */
export function groupByCategory(
  sources: readonly Source[],
  limits: { recent: number; visited: number } = { recent: 5, visited: 3 },
): CategoryGroup[] {
  const byCategory = new Map<Category, Source[]>();
  for (const s of sources) {
    const list = byCategory.get(s.category);
    if (list) list.push(s);
    else byCategory.set(s.category, [s]);
  }
  return CATEGORIES.flatMap((category) => {
    const list = byCategory.get(category);
    if (!list) return [];
    list.sort(newestFirst);
    const visited = firstSorted(
      list.filter((s) => s.visits > 0),
      mostVisitedFirst,
      limits.visited,
    );
    return [{ category, sources: list, recent: list.slice(0, limits.recent), mostVisited: visited }];
  });
}

/**
 * The first `limit` items as a stable sort would order them, without sorting them all: a category
 * of a large network has thousands of visited sources, and the page shows three.
 */
export function firstSorted<T>(items: readonly T[], compare: (a: T, b: T) => number, limit: number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    const last = kept.at(-1);
    if (kept.length === limit && (last === undefined || compare(item, last) >= 0)) continue;
    // After every kept item it does not come before: equal items keep their order.
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

export interface TopicGroup {
  /** As first written in the most recent source that has it. */
  topic: string;
  sources: Source[];
}

/**
 * One group per topic (topics compare without case), the most used first; and the sources
 * that have no topic.
 */
export function groupByTopic(sources: readonly Source[]): { groups: TopicGroup[]; untagged: Source[] } {
  const groups = new Map<string, TopicGroup>();
  const untagged: Source[] = [];
  for (const s of [...sources].sort(newestFirst)) {
    if (s.topics.length === 0) untagged.push(s);
    for (const topic of s.topics) {
      const key = topicKey(topic);
      const group = groups.get(key);
      if (group) group.sources.push(s);
      else groups.set(key, { topic, sources: [s] });
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.sources.length - a.sources.length || a.topic.localeCompare(b.topic),
  );
  return { groups: sorted, untagged };
}

export interface PersonGroup {
  person: Source;
  /** What was saved from them: the sources that list them among their creators. */
  sources: Source[];
}

/** Every saved person with what was saved from them; the most saved from first, then by name. */
export function groupByPerson(sources: readonly Source[]): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  for (const s of sources) if (s.kind === 'person') groups.set(s.id, { person: s, sources: [] });
  for (const s of [...sources].sort(newestFirst)) {
    for (const id of s.creators) groups.get(id)?.sources.push(s);
  }
  return [...groups.values()].sort(
    (a, b) => b.sources.length - a.sources.length || a.person.title.localeCompare(b.person.title),
  );
}
