/**
 * The PLN vocabulary from DESIGN.md: what a source is (its kind), the role it plays in the
 * network (its category) and where the learner stands with it (its status).
 * Labels live in the i18n message files under the keys `kind_*`, `category_*`, `status_*`.
 */
export const KINDS = [
  'person',
  'organization',
  'community',
  'publication',
  'channel',
  'article',
  'video',
  'podcast_episode',
  'course',
  'event',
  'paper',
  'book',
] as const;
export type Kind = (typeof KINDS)[number];

/** Categories in the order the network page shows them. */
export const CATEGORIES = [
  'mentors',
  'experts',
  'peers',
  'communities',
  'organizations',
  'blogs',
  'podcasts',
  'videos',
  'courses',
  'events',
  'research',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['to_explore', 'following', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What a reliability rating can rest on, as a checklist: who wrote it and their expertise, the
 * evidence or sources it cites, its date, its purpose or bias, and whether others corroborate it.
 */
export const RELIABILITY_CHECKS = ['author', 'evidence', 'date', 'purpose', 'corroborated'] as const;
export type ReliabilityCheck = (typeof RELIABILITY_CHECKS)[number];

/** The kinds of feed a source can be followed by. */
export const FEED_TYPES = ['rss', 'atom', 'json'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

/** Kinds that stand for people or groups: relationships rather than single pieces of content. */
export const AGENT_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'person',
  'organization',
  'community',
  'publication',
  'channel',
]);

const DEFAULT_CATEGORY: Record<Kind, Category> = {
  person: 'experts',
  organization: 'organizations',
  community: 'communities',
  publication: 'blogs',
  channel: 'videos',
  article: 'blogs',
  video: 'videos',
  podcast_episode: 'podcasts',
  course: 'courses',
  event: 'events',
  paper: 'research',
  book: 'research',
};

/**
 * The category a new source of this kind starts in. News (`news`: a JSON-LD NewsArticle with an
 * organization as publisher) is reporting a learner looks things up in, not a blog they follow:
 * a news article and its outlet start in Research and reference (utils/extract/README.md).
 */
export function defaultCategory(kind: Kind, news = false): Category {
  return news && (kind === 'article' || kind === 'publication') ? 'research' : DEFAULT_CATEGORY[kind];
}

/** People, publications and channels are followed; a single article is something to explore. */
export function defaultStatus(kind: Kind): Status {
  return AGENT_KINDS.has(kind) ? 'following' : 'to_explore';
}
