import { z } from 'zod';
import { CATEGORIES, FEED_TYPES, KINDS, RELIABILITY_CHECKS, STATUSES } from './vocabulary';
import { HttpUrl, LIMITS, Timestamp, line, optionalLine, optionalText } from './fields';
import { topicKey, cleanLine } from '../text';

export const SourceId = z.string().min(1).max(64);
/** A goal's id (the Goal schema is in goal.ts, which builds on this file). */
export const GoalId = z.string().min(1).max(64);

/** Trims, collapses and bounds each topic; drops empties and case-insensitive repeats. */
export function cleanTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of topics) {
    const topic = cleanLine(cleanLine(raw, LIMITS.topic + 10).replace(/^#+/, ''), LIMITS.topic);
    const key = topicKey(topic);
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    out.push(topic);
    if (out.length === LIMITS.topics) break;
  }
  return out;
}

export const Topics = z.array(z.string().max(1_000)).max(500).transform(cleanTopics);

export const Reliability = z.object({
  rating: z.number().int().min(1).max(5),
  reason: optionalText(LIMITS.reason),
  /** The checks the rating rests on (see RELIABILITY_CHECKS), once each; absent before they were asked. */
  checks: z
    .array(z.enum(RELIABILITY_CHECKS))
    .max(RELIABILITY_CHECKS.length * 2)
    .transform((checks) => RELIABILITY_CHECKS.filter((c) => checks.includes(c)))
    .optional(),
});

/**
 * Where a source stands in the review queue (utils/review): how many times it was reviewed, and
 * when it last was (or was put off). Absent until the first review.
 */
export const ReviewState = z.object({
  step: z.number().int().nonnegative().max(1_000),
  at: Timestamp,
});
export type ReviewState = z.output<typeof ReviewState>;

/** A feed that follows a source: a blog's RSS, a channel's Atom, a podcast's RSS... */
export const SourceFeed = z.object({
  url: HttpUrl,
  title: optionalLine(LIMITS.title),
  type: z.enum(FEED_TYPES),
});
export type SourceFeed = z.output<typeof SourceFeed>;

/** Adds feeds to a list, once per address. */
export function mergeFeeds(a: readonly SourceFeed[], b: readonly SourceFeed[]): SourceFeed[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((f) => !seen.has(f.url) && !!seen.add(f.url)).slice(0, LIMITS.feeds);
}

/** One of a person's (or an organization's) profiles: x.com/ada, github.com/ada, ada.dev. */
export const Profile = z.object({
  url: HttpUrl,
  /** The platform, as people call it: GitHub, Mastodon, YouTube... or the site's host. */
  site: optionalLine(60),
  handle: optionalLine(100),
});
export type Profile = z.output<typeof Profile>;

/** Where and when a source was captured. */
export const Provenance = z.object({
  pageUrl: HttpUrl,
  pageTitle: optionalLine(LIMITS.title),
  capturedAt: Timestamp,
});

/** A source as stored: something the learner learns from. */
export const Source = z.object({
  id: SourceId,
  kind: z.enum(KINDS),
  category: z.enum(CATEGORIES),
  title: line(LIMITS.title),
  /** Normalized with `normalizeUrl`; the identity of everything but a person without a link. */
  url: HttpUrl.optional(),
  description: optionalText(LIMITS.description),
  image: HttpUrl.optional(),
  siteName: optionalLine(LIMITS.siteName),
  /** Ids of the person sources who made this one. */
  creators: z.array(SourceId).max(LIMITS.creators).default([]),
  topics: Topics.default([]),
  /**
   * The learning goals (Goal ids) this source serves. A field on the source rather than a link
   * table: a source and its goals are read, written, trashed, restored, backed up and synced as
   * one record, and the `*goals` index finds a goal's sources (since database version 4).
   */
  goals: z.array(GoalId).max(LIMITS.goals).default([]),
  /** Feeds to follow it by (since database version 3). */
  feeds: z.array(SourceFeed).max(LIMITS.feeds).default([]),
  /** A person's or organization's profiles beyond `url` (since version 3). */
  profiles: z.array(Profile).max(LIMITS.profiles).default([]),
  /**
   * Every normalized address that stands for this source: its url and its profiles' urls.
   * Kept by the repository, indexed, so that any of them finds it (since version 3).
   */
  aliases: z
    .array(z.string().max(LIMITS.url))
    .max(LIMITS.profiles + 1)
    .default([]),
  note: optionalText(LIMITS.note),
  quote: optionalText(LIMITS.quote),
  reliability: Reliability.optional(),
  status: z.enum(STATUSES),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** How many times the person opened it from the extension, and when last (since version 3). */
  visits: z.number().int().nonnegative().default(0),
  lastVisitedAt: Timestamp.optional(),
  provenance: Provenance.optional(),
  /** Its place in the review queue, once reviewed or put off. */
  review: ReviewState.optional(),
});
export type Source = z.output<typeof Source>;

/**
 * The goals a source serves. Every write through the repository stores `goals`, and version 4
 * filled it in; a row put into IndexedDB by other means (a test, a tool) may still lack it, and
 * reads through here as on none.
 */
export function goalsOf(source: Pick<Source, 'goals'>): readonly string[] {
  return (source as { goals?: readonly string[] }).goals ?? [];
}

/**
 * What a view sends to be saved: a new source, or changes to one (by `id`, or found by URL).
 * A field left out keeps its stored value; `null` clears it. Category and status default from
 * the kind; times are set by the repository.
 */
export const SourceInput = z.object({
  id: SourceId.optional(),
  kind: Source.shape.kind,
  category: Source.shape.category.optional(),
  title: Source.shape.title,
  url: HttpUrl.optional(),
  description: Source.shape.description.nullable(),
  image: HttpUrl.nullable().optional(),
  siteName: Source.shape.siteName.nullable(),
  creators: z.array(SourceId).max(LIMITS.creators).optional(),
  topics: Topics.optional(),
  goals: z.array(GoalId).max(LIMITS.goals).optional(),
  feeds: z.array(SourceFeed).max(LIMITS.feeds).optional(),
  profiles: z.array(Profile).max(LIMITS.profiles).optional(),
  note: Source.shape.note.nullable(),
  quote: Source.shape.quote.nullable(),
  reliability: Reliability.nullable().optional(),
  status: Source.shape.status.optional(),
  provenance: Provenance.optional(),
});
export type SourceInput = z.input<typeof SourceInput>;
export type ParsedSourceInput = z.output<typeof SourceInput>;

/** A removed source, kept so that it can be restored. */
export const TrashedSource = z.object({
  id: SourceId,
  deletedAt: Timestamp,
  source: Source,
});
export type TrashedSource = z.output<typeof TrashedSource>;
