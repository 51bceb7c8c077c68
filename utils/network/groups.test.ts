import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { firstSorted, groupByCategory, groupByPerson, groupByTopic } from './groups';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('groupByCategory', () => {
  const sources = [
    testSource({ id: 'old', createdAt: 1, visits: 5, lastVisitedAt: 50 }),
    testSource({ id: 'new', createdAt: 3 }),
    testSource({ id: 'mid', createdAt: 2, visits: 5, lastVisitedAt: 90 }),
    testSource({ id: 'once', createdAt: 0, visits: 1 }),
    testSource({ id: 'ada', kind: 'person', category: 'mentors', createdAt: 4 }),
  ];

  it('gives the categories with sources, in page order, newest first inside', () => {
    const groups = groupByCategory(sources);
    expect(groups.map((g) => g.category)).toEqual(['mentors', 'blogs']);
    expect(ids(groups[1]!.sources)).toEqual(['new', 'mid', 'old', 'once']);
  });

  it('keeps the most recent and the most visited, within limits', () => {
    const blogs = groupByCategory(sources, { recent: 2, visited: 2 })[1]!;
    expect(ids(blogs.recent)).toEqual(['new', 'mid']);
    // Equal visits: the one opened last comes first; never opened is not "visited".
    expect(ids(blogs.mostVisited)).toEqual(['mid', 'old']);
    expect(ids(groupByCategory(sources)[1]!.mostVisited)).toEqual(['mid', 'old', 'once']);
  });
});

describe('groupByTopic', () => {
  it('groups by topic without case, the most used first, and keeps the untagged apart', () => {
    const { groups, untagged } = groupByTopic([
      testSource({ id: 'a', topics: ['memory', 'Rust'], createdAt: 1 }),
      testSource({ id: 'b', topics: ['Memory'], createdAt: 2 }),
      testSource({ id: 'c', topics: [], createdAt: 3 }),
    ]);
    expect(groups.map((g) => [g.topic, ids(g.sources)])).toEqual([
      ['Memory', ['b', 'a']],
      ['Rust', ['a']],
    ]);
    expect(ids(untagged)).toEqual(['c']);
  });
});

describe('groupByPerson', () => {
  it('lists every person with what was saved from them', () => {
    const groups = groupByPerson([
      testSource({ id: 'ada', kind: 'person', title: 'Ada' }),
      testSource({ id: 'bob', kind: 'person', title: 'Bob' }),
      testSource({ id: 'cy', kind: 'person', title: 'Cy' }),
      testSource({ id: 'talk', kind: 'video', creators: ['bob', 'ada'], createdAt: 2 }),
      testSource({ id: 'post', creators: ['bob'], createdAt: 1 }),
      testSource({ id: 'gone', creators: ['someone-removed'] }),
    ]);
    expect(groups.map((g) => [g.person.id, ids(g.sources)])).toEqual([
      ['bob', ['talk', 'post']],
      ['ada', ['talk']],
      ['cy', []],
    ]);
  });
});

describe('firstSorted', () => {
  it('keeps the first items a stable sort gives, equal ones in their order', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed % 20;
    };
    const items = Array.from({ length: 500 }, (_, i) => ({ i, key: random() }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (const limit of [0, 1, 3, 10, 499, 500, 600]) {
      expect(firstSorted(items, byKey, limit)).toEqual([...items].sort(byKey).slice(0, limit));
    }
  });
});
