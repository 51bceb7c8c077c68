import { z } from 'zod';
import { isMessageKey } from '../i18n';
import { networkInsights } from '../insights';
import { PLE_PARTS } from '../insights/ple-balance';
import { allFollowsOpened } from '../insights/stale-follows';
import { goalsOf, Source } from '../model/source';
import { CATEGORIES } from '../model/vocabulary';
import { hasSummary, readSummary, saveSummary, sourcesWithStamp, type PlnDatabase } from '../db';
import { newestFirst } from '../search/views';
import { groupByCategory } from './groups';

/**
 * The network page's first screen as data: the summary line, a card per category (its count, the
 * newest and the most visited), the insights and each goal's counts. Made from every source by
 * `firstScreen`, and kept as a summary (utils/db/summaries.ts) so that the page can draw it at once
 * the next time, before it has read every source.
 */

/** What a category card lists: the newest and the most visited. */
export const CARD_RECENT = 5;
export const CARD_VISITED = 3;
/** How many stale follows the page lists (it says how many more there are). */
export const STALE_SHOWN = 10;

const Count = z.number().int().nonnegative();
const Share = z.number().min(0).max(1);
const MessageRef = z.object({
  key: z.string().refine(isMessageKey),
  subs: z.array(z.string()).readonly().optional(),
});
const CategoryShare = z.object({ category: z.enum(CATEGORIES), count: Count, share: Share });

export const FirstScreen = z.object({
  /** How many sources, and in how many categories. */
  total: Count,
  filled: Count,
  cards: z.array(
    z.object({
      category: z.enum(CATEGORIES),
      count: Count,
      recent: z.array(Source).max(CARD_RECENT),
      mostVisited: z.array(Source).max(CARD_VISITED),
    }),
  ),
  insights: z.object({
    categories: z.object({ total: Count, shares: z.array(CategoryShare), dominant: CategoryShare.optional() }),
    ple: z.object({
      total: Count,
      counts: z.object({ information: Count, reflection: Count, relationships: Count }),
      weakest: z.enum(PLE_PARTS).optional(),
    }),
    gaps: z.array(z.object({ title: MessageRef, help: MessageRef })),
    /** The longest-stale follows, at most STALE_SHOWN, and how many there are in all. */
    stale: z.array(z.object({ source: Source, since: z.number(), opened: z.boolean() })).max(STALE_SHOWN),
    staleCount: Count,
    allFollowsOpened: z.boolean(),
    growth: z.array(z.object({ month: z.string(), start: z.number(), added: Count, total: Count })),
    unjudged: z.object({ unjudged: Count, total: Count, share: Share }),
  }),
  /** Per goal id: how many sources and people are linked to it, and how many of those were never judged. */
  goalCounts: z.record(z.string(), z.object({ linked: Count, unjudged: Count })),
});
export type FirstScreen = z.output<typeof FirstScreen>;
export type CategoryCard = FirstScreen['cards'][number];
export type ScreenInsights = FirstScreen['insights'];
export type GoalCounts = FirstScreen['goalCounts'][string];

/** The counts of every goal, by goal id, in one pass over the sources. */
function goalCounts(sources: readonly Source[]): Record<string, GoalCounts> {
  const counts: Record<string, GoalCounts> = {};
  for (const s of sources) {
    for (const g of goalsOf(s)) {
      const count = (counts[g] ??= { linked: 0, unjudged: 0 });
      count.linked += 1;
      if (s.reliability === undefined) count.unjudged += 1;
    }
  }
  return counts;
}

/** The first screen of a network, from every source (newest first, as the page holds them). */
export function firstScreen(sources: readonly Source[], now: number): FirstScreen {
  const groups = groupByCategory(sources, { recent: CARD_RECENT, visited: CARD_VISITED });
  const { stale, ...insights } = networkInsights(sources, now);
  return {
    total: sources.length,
    filled: groups.length,
    cards: groups.map(({ category, sources: all, recent, mostVisited }) => ({
      category,
      count: all.length,
      recent,
      mostVisited,
    })),
    insights: {
      ...insights,
      stale: stale.slice(0, STALE_SHOWN),
      staleCount: stale.length,
      allFollowsOpened: allFollowsOpened(sources, now),
    },
    goalCounts: goalCounts(sources),
  };
}

/** The key of the network page's summary. */
const SUMMARY_KEY = 'network';
/**
 * How long a summary is drawn as it is: the first screen also depends on the date (stale follows,
 * the growth's last month), so an older one is not shown (the page draws from every source).
 */
export const SUMMARY_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** The first screen as the page last drew it, if no source was written since; and the stamp to save a new one with. */
export async function readNetworkSummary(
  db: PlnDatabase,
  now: number = Date.now(),
): Promise<{ stamp: string; screen: FirstScreen | undefined }> {
  const { stamp, summary } = await readSummary(db, SUMMARY_KEY);
  if (!summary || now - summary.savedAt > SUMMARY_MAX_AGE_MS || summary.savedAt > now)
    return { stamp, screen: undefined };
  const parsed = FirstScreen.safeParse(summary.value);
  return { stamp, screen: parsed.success ? parsed.data : undefined };
}

/** Keeps the first screen, made from the sources read after `stamp` was, unless a source was written since. */
export function saveNetworkSummary(db: PlnDatabase, stamp: string, screen: FirstScreen): Promise<boolean> {
  return saveSummary(db, SUMMARY_KEY, stamp, screen);
}

/**
 * Makes the network page's summary again from every source, if the page has one that no longer
 * holds (a page never opened is not drawn ahead). For the background, after sources change.
 */
export async function refreshNetworkSummary(db: PlnDatabase, now: number = Date.now()): Promise<boolean> {
  if (!(await hasSummary(db, SUMMARY_KEY))) return false;
  if ((await readNetworkSummary(db, now)).screen) return false;
  const { stamp, sources } = await sourcesWithStamp(db);
  return saveNetworkSummary(db, stamp, firstScreen(newestFirst(sources.map((source) => ({ source, slot: -1 }))), now));
}
