import { describe, expect, it } from 'vitest';
import type { Source } from '../model/source';
import { testSource } from '../model/test-source';
import { activeFilterCount, matchesFilters, sortBy, visibleEntries, type ListFilters, type Sort } from './list-query';

const sortSources = (sources: readonly Source[], sort: Sort) => sortBy(sources, sort, (s) => s);

const DAY = 24 * 3600 * 1000;
const NOW = 1_000 * DAY;
const make = (over: Partial<Source> & Pick<Source, 'id' | 'title'>): Source =>
  testSource({
    category: 'blogs',
    status: 'to_explore',
    createdAt: NOW - DAY / 2,
    updatedAt: 1,
    ...over,
  });

const ada = make({
  id: 'p1',
  kind: 'person',
  category: 'experts',
  status: 'following',
  title: 'Ada Lovelace',
  createdAt: NOW - 400 * DAY,
  url: 'https://ada.example/',
});
const post = make({
  id: 'a1',
  title: 'Notes on the Engine',
  url: 'https://www.blog.example/notes',
  creators: ['p1'],
  topics: ['history'],
  reliability: { rating: 4, reason: undefined },
  createdAt: NOW - 3 * DAY,
  lastVisitedAt: NOW - DAY,
});
const video = make({
  id: 'v1',
  kind: 'video',
  category: 'videos',
  title: 'éclair recipes',
  reliability: { rating: 2, reason: undefined },
  createdAt: NOW - 20 * DAY,
  lastVisitedAt: NOW - 2 * DAY,
});
const paper = make({
  id: 'r1',
  kind: 'paper',
  category: 'research',
  status: 'archived',
  title: 'Zebra stripes',
  url: 'https://blog.example/zebra',
});
const all = [ada, post, video, paper];

const pass = (filters: ListFilters) => all.filter((s) => matchesFilters(s, filters, NOW)).map((s) => s.id);

describe('matchesFilters', () => {
  it.each<[ListFilters, string[]]>([
    [{}, ['p1', 'a1', 'v1', 'r1']],
    [{ kind: 'video' }, ['v1']],
    [{ category: 'experts' }, ['p1']],
    [{ topic: 'history' }, ['a1']],
    [{ status: 'archived' }, ['r1']],
    [{ reliability: 'unrated' }, ['p1', 'r1']],
    [{ reliability: '4' }, ['a1']],
    [{ reliability: '2' }, ['a1', 'v1']],
    [{ saved: 'day' }, ['r1']],
    [{ saved: 'week' }, ['a1', 'r1']],
    [{ saved: 'month' }, ['a1', 'v1', 'r1']],
    [{ saved: 'year' }, ['a1', 'v1', 'r1']],
    [{ saved: 'older' }, ['p1']],
    [{ site: 'blog.example' }, ['a1', 'r1']], // with or without www.
    [{ creator: 'p1' }, ['p1', 'a1']], // the person and what she made
    [{ kind: 'article', topic: 'history', reliability: '4' }, ['a1']],
    [{ kind: 'article', status: 'archived' }, []],
  ])('%j → %j', (filters, ids) => {
    expect(pass(filters)).toEqual(ids);
  });

  it('counts the filters set', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ kind: undefined, topic: 'x', saved: 'day' })).toBe(2);
  });
});

describe('sortSources', () => {
  it.each([
    ['newest', ['r1', 'a1', 'v1', 'p1']],
    ['visited', ['a1', 'v1', 'r1', 'p1']], // never opened last, newest first
    ['title', ['p1', 'v1', 'a1', 'r1']], // accents and case ignored: "éclair" among the e's
    ['reliability', ['a1', 'v1', 'r1', 'p1']], // unrated last
  ] as const)('%s', (sort, ids) => {
    expect(sortSources(all, sort).map((s) => s.id)).toEqual(ids);
  });
});

describe('visibleEntries', () => {
  const entries = sortSources(all, 'newest').map((source, slot) => ({ source, slot }));
  it('keeps the order, and applies the search and the filters', () => {
    const hits = { hasSlot: (slot: number) => slot !== 0 };
    expect(visibleEntries(entries, {}, undefined, NOW)).toBe(entries);
    expect(visibleEntries(entries, {}, hits, NOW).map((e) => e.source.id)).toEqual(['a1', 'v1', 'p1']);
    expect(visibleEntries(entries, { reliability: '2' }, hits, NOW).map((e) => e.source.id)).toEqual(['a1', 'v1']);
  });
});
