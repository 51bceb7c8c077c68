import { afterEach, describe, expect, it } from 'vitest';
import { networkInsights } from '../insights';
import { readSummary, saveSource, saveSummary, type PlnDatabase } from '../db';
import { freshDatabase, otherContext } from '../db/test-db';
import { testSource } from '../model/test-source';
import type { Source } from '../model/source';
import {
  firstScreen,
  readNetworkSummary,
  refreshNetworkSummary,
  saveNetworkSummary,
  STALE_SHOWN,
  SUMMARY_MAX_AGE_MS,
} from './first-screen';
import { keepNetworkSummary } from './keep-summary';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20);

const open: PlnDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    await db.delete();
  }
});

/** A small network: people, posts and follows nobody opened for a long time. */
function network(): Source[] {
  const people = Array.from({ length: 14 }, (_, i) =>
    testSource({
      id: `p${i}`,
      kind: 'person',
      category: 'experts',
      title: `Person ${i}`,
      url: `https://people.example/${i}`,
      status: 'following',
      createdAt: NOW - (200 + i) * DAY,
      goals: i < 3 ? ['g1'] : [],
    }),
  );
  const posts = Array.from({ length: 9 }, (_, i) =>
    testSource({
      id: `a${i}`,
      title: `Post ${i}`,
      url: `https://blog.example/${i}`,
      createdAt: NOW - i * DAY,
      visits: i % 3,
      lastVisitedAt: i % 3 ? NOW - DAY : undefined,
      topics: ['memory'],
      goals: i < 2 ? ['g1', 'g2'] : [],
      reliability: i === 0 ? { rating: 4, reason: 'Cites its studies.' } : undefined,
    }),
  );
  return [...posts, ...people].sort((a, b) => b.createdAt - a.createdAt);
}

describe('firstScreen', () => {
  it('holds what the first screen shows: counts, cards, insights and each goal’s counts', () => {
    const sources = network();
    const screen = firstScreen(sources, NOW);
    expect(screen.total).toBe(23);
    expect(screen.filled).toBe(2);
    expect(screen.cards.map((c) => [c.category, c.count, c.recent.length, c.mostVisited.length])).toEqual([
      ['experts', 14, 5, 0],
      ['blogs', 9, 5, 3],
    ]);
    expect(screen.cards[1]!.recent.map((s) => s.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    // The insights as the rules give them, the stale follows cut to what the page lists.
    const insights = networkInsights(sources, NOW);
    expect(screen.insights.gaps).toEqual(insights.gaps);
    expect(screen.insights.growth).toEqual(insights.growth);
    expect(screen.insights.staleCount).toBe(14);
    expect(screen.insights.stale).toEqual(insights.stale.slice(0, STALE_SHOWN));
    expect(screen.insights.allFollowsOpened).toBe(false);
    expect(screen.goalCounts).toEqual(
      new Map([
        ['g1', { linked: 5, unjudged: 4 }],
        ['g2', { linked: 2, unjudged: 1 }],
      ]),
    );
  });

  it('counts goals whatever their ids, those of an object’s own properties included', () => {
    const screen = firstScreen(
      [testSource({ goals: ['__proto__', 'constructor'] }), testSource({ goals: ['__proto__'] })],
      NOW,
    );
    expect(screen.goalCounts.get('__proto__')).toEqual({ linked: 2, unjudged: 2 });
    expect(screen.goalCounts.get('constructor')).toEqual({ linked: 1, unjudged: 1 });
    expect(screen.goalCounts.get('toString')).toBeUndefined();
  });

  it('says until when it holds: the next follow to turn stale, the next month, or half a day', () => {
    const noon = new Date(2026, 10, 20, 12).getTime();
    const follow = (lastVisitedAt: number) =>
      testSource({ kind: 'person', category: 'experts', status: 'following', createdAt: 0, lastVisitedAt });
    // Opened 80 days ago: stale in 10 days, after half a day.
    expect(firstScreen([follow(noon - 80 * DAY)], noon).until).toBe(noon + 12 * 3_600_000);
    // Opened 90 days ago less an hour: stale in an hour.
    expect(firstScreen([follow(noon - 90 * DAY + 3_600_000)], noon).until).toBe(noon + 3_600_000);
    // Already stale follows change nothing; at a month's last evening, the month ends first.
    const evening = new Date(2026, 10, 30, 20).getTime();
    expect(firstScreen([follow(0)], evening).until).toBe(new Date(2026, 11, 1).getTime());
  });

  it('is empty for an empty network', () => {
    expect(firstScreen([], NOW)).toMatchObject({ total: 0, filled: 0, cards: [], goalCounts: {} });
  });
});

async function withNetwork(): Promise<PlnDatabase> {
  const db = freshDatabase();
  open.push(db);
  await db.sources.bulkAdd(network());
  return db;
}

describe('the network summary', () => {
  it('comes back as it was saved, checked, while no source is written', async () => {
    const db = await withNetwork();
    const { stamp, screen } = await readNetworkSummary(db, NOW);
    expect(screen).toBeUndefined();
    const drawn = firstScreen(network(), Date.now());
    expect(await saveNetworkSummary(db, stamp, drawn)).toBe(true);
    expect((await readNetworkSummary(db, Date.now())).screen).toEqual(drawn);
    await saveSource(db, { kind: 'article', category: 'blogs', title: 'New', url: 'https://new.example/' });
    expect((await readNetworkSummary(db)).screen).toBeUndefined();
  });

  it('is not drawn once the date alone would change it, nor after half a day, nor from the future', async () => {
    const db = await withNetwork();
    const { stamp } = await readNetworkSummary(db);
    const drawn = firstScreen(network(), Date.now());
    await saveNetworkSummary(db, stamp, drawn);
    const savedAt = (await readSummary(db, 'network')).summary!.savedAt;
    expect((await readNetworkSummary(db, drawn.until - 1)).screen).toBeDefined();
    expect((await readNetworkSummary(db, drawn.until)).screen).toBeUndefined();
    expect(drawn.until).toBeLessThanOrEqual(savedAt + SUMMARY_MAX_AGE_MS);
    expect((await readNetworkSummary(db, savedAt + SUMMARY_MAX_AGE_MS + 1)).screen).toBeUndefined();
    expect((await readNetworkSummary(db, savedAt - 60_000)).screen).toBeUndefined();
  });

  it('is not drawn by another version of the extension, nor saved when its own schema would refuse it', async () => {
    const db = await withNetwork();
    const { stamp } = await readNetworkSummary(db);
    const drawn = firstScreen(network(), Date.now());
    await saveNetworkSummary(db, stamp, drawn);
    const stored = (await readSummary(db, 'network')).summary!.value as { format: string };
    await saveSummary(db, 'network', stamp, { ...stored, format: `${stored.format}.1` });
    expect((await readNetworkSummary(db)).screen).toBeUndefined();
    // One its schema refuses is not saved, and the one before it goes: nothing to make again in vain.
    await saveNetworkSummary(db, stamp, drawn);
    expect(await saveNetworkSummary(db, stamp, { ...drawn, total: -1 })).toBe(false);
    expect((await readSummary(db, 'network')).summary).toBeUndefined();
    expect(await refreshNetworkSummary(db)).toBeUndefined();
  });

  it('is not drawn when what is stored is not a first screen (another version, or damaged)', async () => {
    const db = await withNetwork();
    const { stamp } = await readNetworkSummary(db);
    const screen = firstScreen(network(), Date.now());
    await saveNetworkSummary(db, stamp, screen);
    const { format } = (await readSummary(db, 'network')).summary!.value as { format: string };
    expect((await readNetworkSummary(db)).screen).toBeDefined();
    for (const value of [
      { ...screen, total: -1 },
      { ...screen, goalCounts: { g1: { linked: 1, unjudged: 0 } } },
      { ...screen, cards: [{ ...screen.cards[0], recent: [{ id: 'x', title: '<b>no url</b>' }] }] },
      {
        ...screen,
        insights: { ...screen.insights, gaps: [{ title: { key: 'no_such_message' }, help: { key: 'no' } }] },
      },
      'a string',
    ]) {
      await saveSummary(db, 'network', stamp, { format, screen: value });
      expect((await readNetworkSummary(db)).screen).toBeUndefined();
    }
  });

  it('is made again, exact, when the page has one that no longer holds', async () => {
    const db = await withNetwork();
    // Never drawn by the page: nothing is made ahead.
    expect(await refreshNetworkSummary(db)).toBeUndefined();
    const { stamp } = await readNetworkSummary(db);
    await saveNetworkSummary(db, stamp, firstScreen(network(), Date.now()));
    // Still current: nothing to make, the summary as it is.
    const current = await refreshNetworkSummary(db);
    expect(current?.total).toBe(23);
    await db.sources.delete('a0');
    expect((await refreshNetworkSummary(db))?.total).toBe(22);
    const { screen } = await readNetworkSummary(db);
    expect(screen?.total).toBe(22);
    expect(screen?.cards[1]?.recent[0]?.id).toBe('a1');
  });

  it('is kept current by the background after writes from any context', async () => {
    const db = await withNetwork();
    const { stamp } = await readNetworkSummary(db);
    await saveNetworkSummary(db, stamp, firstScreen(network(), Date.now()));
    const stop = keepNetworkSummary(db, { wait: 20, afterUntil: 50 });
    try {
      await otherContext(db).sources.delete('p0');
      await expect.poll(async () => (await readNetworkSummary(db)).screen?.total, { timeout: 3_000 }).toBe(22);
    } finally {
      stop();
    }
  });

  it('is made again by the background when the date alone makes it stop holding', async () => {
    const db = freshDatabase();
    open.push(db);
    // A follow last opened 90 days ago, less 300 ms: stale in 300 ms.
    const opened = Date.now() - 90 * DAY + 300;
    await db.sources.add(
      testSource({
        kind: 'person',
        category: 'experts',
        status: 'following',
        createdAt: opened,
        lastVisitedAt: opened,
      }),
    );
    const { stamp } = await readNetworkSummary(db);
    await saveNetworkSummary(db, stamp, firstScreen(await db.sources.toArray(), Date.now()));
    expect((await readNetworkSummary(db)).screen?.insights.staleCount).toBe(0);
    const stop = keepNetworkSummary(db, { wait: 20, afterUntil: 50 });
    try {
      await expect
        .poll(async () => (await readNetworkSummary(db)).screen?.insights.staleCount, { timeout: 3_000 })
        .toBe(1);
    } finally {
      stop();
    }
  });
});
