import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import type { Entry } from './source-store';
import { creditsByPerson, newestFirst, peopleOf, sortedEntries, sourcesByHost, topicsOf, ViewMemo } from './views';

const entry = (fields: Parameters<typeof testSource>[0]): Entry => ({ source: testSource(fields), slot: -1 });
const ada = entry({ id: 'ada', kind: 'person', title: 'Ada', createdAt: 1 });
const bob = entry({ id: 'bob', kind: 'person', title: 'Bob', createdAt: 2 });
const post = entry({
  id: 'post',
  title: 'Post',
  url: 'https://www.blog.example/a',
  creators: ['ada', 'bob'],
  topics: ['rust', 'Memory'],
  createdAt: 3,
});
const note = entry({ id: 'note', title: 'Note', url: 'https://blog.example/b', creators: ['ada'], createdAt: 4 });
const all = [ada, bob, post, note];
const ids = (sources: readonly { id: string }[] | undefined) => sources?.map((s) => s.id);

describe('views', () => {
  it('sort, list topics A to Z and people by name', () => {
    expect(sortedEntries(all, 'newest').map((e) => e.source.id)).toEqual(['note', 'post', 'bob', 'ada']);
    const twin = entry({ id: 'zed', title: 'Zed', createdAt: 4 });
    expect(ids(newestFirst([...all, twin]))).toEqual(['zed', 'note', 'post', 'bob', 'ada']);
    expect(topicsOf(all)).toEqual(['Memory', 'rust']);
    expect(ids(peopleOf(all))).toEqual(['ada', 'bob']);
  });

  it('group what each person made and what came from each site, in the order given', () => {
    const newest = sortedEntries(all, 'newest');
    expect(ids(creditsByPerson(newest).get('ada'))).toEqual(['note', 'post']);
    expect(ids(creditsByPerson(newest).get('bob'))).toEqual(['post']);
    expect(ids(sourcesByHost(newest).get('blog.example'))).toEqual(['note', 'post']);
  });
});

describe('ViewMemo', () => {
  it('computes a view once per version', () => {
    const memo = new ViewMemo();
    let runs = 0;
    const count = () => ++runs;
    expect(memo.get(1, 'x', count)).toBe(1);
    expect(memo.get(1, 'x', count)).toBe(1);
    expect(memo.get(2, 'x', count)).toBe(2);
  });

  it('keeps a sort order over changes that move nothing, and drops what was removed', () => {
    const memo = new ViewMemo();
    const entries = new Map(all.map((e) => [e.source.id, e]));
    const order = (version: number) => memo.sorted(version, () => entries.values(), 'title').map((e) => e.source.id);
    expect(order(1)).toEqual(['ada', 'bob', 'note', 'post']);
    const kept = memo.sorted(1, () => entries.values(), 'title');
    memo.noteChange(false);
    expect(memo.sorted(2, () => entries.values(), 'title')).toBe(kept);
    entries.delete('bob');
    memo.noteChange(false, ['bob']);
    expect(order(3)).toEqual(['ada', 'note', 'post']);
    entries.set('aaron', entry({ id: 'aaron', title: 'Aaron' }));
    memo.noteChange(true);
    expect(order(4)).toEqual(['aaron', 'ada', 'note', 'post']);
  });
});

describe('newestFirst', () => {
  it('orders by date saved, newest first, and the same date by id, greater first', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    // Few distinct dates, so that many share one; ids in no order.
    const entries = Array.from({ length: 400 }, (_, i) =>
      entry({ id: `s${random(1000)}-${i}`, createdAt: random(50) }),
    );
    const expected = entries
      .map((e) => e.source)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    expect(ids(newestFirst(entries))).toEqual(ids(expected));
    expect(newestFirst([])).toEqual([]);
  });
});
