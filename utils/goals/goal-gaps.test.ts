import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { DAY_MS } from '../insights/rule';
import { goalGaps, oneSite } from './goal-gaps';

const NOW = 100 * DAY_MS;
const keys = (sources: Parameters<typeof goalGaps>[0], now = NOW) => goalGaps(sources, now).map((g) => g.title.key);

describe('goalGaps', () => {
  it('says only that nothing is linked, for an empty goal', () => {
    expect(keys([])).toEqual(['goal_gap_empty']);
  });

  it('finds no guide, no community, one site and a quiet goal', () => {
    const sources = [
      testSource({
        id: 'a',
        kind: 'article',
        category: 'blogs',
        url: 'https://blog.example/a',
        createdAt: 10 * DAY_MS,
      }),
      testSource({
        id: 'b',
        kind: 'article',
        category: 'blogs',
        url: 'https://blog.example/b',
        createdAt: 20 * DAY_MS,
      }),
    ];
    expect(keys(sources)).toEqual([
      'goal_gap_no_guide',
      'goal_gap_no_community',
      'goal_gap_one_site',
      'goal_gap_quiet',
    ]);
    expect(goalGaps(sources, NOW).find((g) => g.title.key === 'goal_gap_one_site')?.title.subs).toEqual([
      'blog.example',
    ]);
  });

  it('is satisfied by an expert, a community, two sites and a recent save', () => {
    const sources = [
      testSource({ id: 'p', kind: 'person', category: 'experts', url: 'https://x.com/ada', createdAt: NOW - DAY_MS }),
      testSource({ id: 'c', kind: 'community', category: 'communities', url: 'https://forum.example/' }),
      testSource({ id: 'q', kind: 'person', category: 'peers', url: 'https://github.com/grace' }),
    ];
    expect(keys(sources)).toEqual([]);
  });

  it('applies the network rule on platforms to the goal’s people', () => {
    const sources = [
      testSource({ id: 'p', kind: 'person', category: 'mentors', url: 'https://x.com/ada', createdAt: NOW }),
      testSource({ id: 'q', kind: 'person', category: 'peers', url: 'https://x.com/grace', createdAt: NOW }),
      testSource({ id: 'c', kind: 'community', category: 'communities', url: 'https://forum.example/' }),
    ];
    expect(keys(sources)).toEqual(['gap_one_platform']);
  });
});

describe('oneSite', () => {
  it('needs two sources with an address on one host', () => {
    expect(oneSite([testSource({ id: 'a', url: 'https://a.example/1' })])).toBeUndefined();
    expect(
      oneSite([
        testSource({ id: 'a', url: 'https://a.example/1' }),
        testSource({ id: 'b', url: 'https://www.a.example/2' }),
      ]),
    ).toBe('a.example');
  });
});
