import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isMessageKey } from '../i18n';
import { networkInsights } from '../insights';
import { PLE_PARTS } from '../insights/ple-balance';
import { monthStart } from '../insights/growth';
import { DAY_MS } from '../insights/rule';
import { allFollowsOpened, STALE_AFTER_DAYS } from '../insights/stale-follows';
import { goalsOf, Source } from '../model/source';
import { CATEGORIES } from '../model/vocabulary';
import { dropSummary, readSummary, saveSummary, sourcesWithStamp, type PlnDatabase } from '../db';
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
  goalCounts: z.map(z.string(), z.object({ linked: Count, unjudged: Count })),
  /**
   * When the first screen changes with the date alone, the sources as they are: a follow turns
   * stale, or a month begins (the growth's last month). A summary is not drawn from then on.
   */
  until: z.number(),
});
export type FirstScreen = z.output<typeof FirstScreen>;
export type CategoryCard = FirstScreen['cards'][number];
export type ScreenInsights = FirstScreen['insights'];
export interface GoalCounts {
  linked: number;
  unjudged: number;
}

/** The counts of every goal, by goal id, in one pass over the sources. */
function goalCounts(sources: readonly Source[]): Map<string, GoalCounts> {
  const counts = new Map<string, GoalCounts>();
  for (const s of sources) {
    for (const g of goalsOf(s)) {
      let count = counts.get(g);
      if (!count) counts.set(g, (count = { linked: 0, unjudged: 0 }));
      count.linked += 1;
      if (s.reliability === undefined) count.unjudged += 1;
    }
  }
  return counts;
}

/**
 * When the first screen would change with the date alone (see FirstScreen.until): the first
 * follow to turn stale, the next month, or SUMMARY_MAX_AGE_MS from now, whichever comes first.
 */
function changesAt(sources: readonly Source[], now: number): number {
  const date = new Date(now);
  let until = Math.min(now + SUMMARY_MAX_AGE_MS, monthStart(date.getFullYear(), date.getMonth() + 1));
  for (const s of sources) {
    if (s.status !== 'following') continue;
    const stale = (s.lastVisitedAt ?? s.createdAt) + STALE_AFTER_DAYS * DAY_MS;
    if (stale > now && stale < until) until = stale;
  }
  return until;
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
    until: changesAt(sources, now),
  };
}

/** The key of the network page's summary. */
const SUMMARY_KEY = 'network';
/**
 * How long a summary is drawn at most, whatever FirstScreen.until says: a rule that came to
 * depend on the date and did not say so would be drawn out of date for this long at most.
 */
export const SUMMARY_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/**
 * What made a summary: this file's way of making it (bumped when what it holds changes meaning,
 * not only shape), the extension's version (a new one may draw the first screen otherwise), and
 * the time zone (the growth's months and `until` are local).
 */
const FORMAT = 1;
function summaryFormat(): string {
  let version = '';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // No extension API (unit tests).
  }
  return `${FORMAT}/${version}/${Intl.DateTimeFormat().resolvedOptions().timeZone}`;
}

/** A summary as stored: the first screen and what made it. */
const StoredScreen = z.object({ format: z.string(), screen: FirstScreen });

/**
 * The first screen as the page last drew it, if no source was written since; the stamp to save a
 * new one with; and whether the page keeps a summary at all, current or not.
 */
export async function readNetworkSummary(
  db: PlnDatabase,
  now: number = Date.now(),
): Promise<{ stamp: string; screen: FirstScreen | undefined; kept: boolean }> {
  const { stamp, summary, kept } = await readSummary(db, SUMMARY_KEY);
  if (!summary || now - summary.savedAt > SUMMARY_MAX_AGE_MS || summary.savedAt > now)
    return { stamp, screen: undefined, kept };
  const parsed = StoredScreen.safeParse(summary.value);
  const holds = parsed.success && parsed.data.format === summaryFormat() && now < parsed.data.screen.until;
  return { stamp, screen: holds ? parsed.data.screen : undefined, kept };
}

/**
 * Keeps the first screen, made from the sources read after `stamp` was, unless a source was written
 * since. A first screen its own schema would refuse (a source that no longer passes it) is not kept:
 * it could never be drawn; the page then draws from every source, as with none.
 */
export async function saveNetworkSummary(db: PlnDatabase, stamp: string, screen: FirstScreen): Promise<boolean> {
  const value = { format: summaryFormat(), screen };
  if (StoredScreen.safeParse(value).success) return saveSummary(db, SUMMARY_KEY, stamp, value);
  // Nor is the one before it kept: the background would make it again, in vain, at every write.
  await dropSummary(db, SUMMARY_KEY);
  return false;
}

/**
 * Makes the network page's summary again from every source, if the page keeps one that no longer
 * holds (a page never opened is not drawn ahead). For the background, after sources change.
 * Answers the summary that holds now (found or made), if any.
 */
export async function refreshNetworkSummary(
  db: PlnDatabase,
  now: number = Date.now(),
): Promise<FirstScreen | undefined> {
  const found = await readNetworkSummary(db, now);
  if (found.screen || !found.kept) return found.screen;
  const { stamp, sources } = await sourcesWithStamp(db);
  const screen = firstScreen(newestFirst(sources.map((source) => ({ source, slot: -1 }))), now);
  return (await saveNetworkSummary(db, stamp, screen)) ? screen : undefined;
}
