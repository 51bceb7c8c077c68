import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { isReflected, pleBalance } from './ple-balance';

describe('isReflected', () => {
  it('counts a note, a quote or a reason for the reliability rating', () => {
    expect(isReflected(testSource({ id: 'a' }))).toBe(false);
    expect(isReflected(testSource({ id: 'a', note: 'Try it' }))).toBe(true);
    expect(isReflected(testSource({ id: 'a', quote: 'Review before you forget' }))).toBe(true);
    expect(isReflected(testSource({ id: 'a', reliability: { rating: 4, reason: 'Cites studies' } }))).toBe(true);
    expect(isReflected(testSource({ id: 'a', reliability: { rating: 4 } }))).toBe(false);
  });
});

describe('pleBalance', () => {
  it('counts information by kind, relationships by kind, and reflection by notes', () => {
    const sources = [
      testSource({ id: 'a', kind: 'article', note: 'Key idea' }),
      testSource({ id: 'v', kind: 'video' }),
      testSource({ id: 'e', kind: 'event' }),
      testSource({ id: 'p', kind: 'person' }),
      testSource({ id: 'c', kind: 'community', quote: 'Ask anything' }),
      testSource({ id: 'o', kind: 'organization' }),
      // A publication or a channel is neither a single piece of information nor a relationship.
      testSource({ id: 'b', kind: 'publication' }),
      testSource({ id: 'y', kind: 'channel' }),
    ];
    expect(pleBalance(sources, 0)).toEqual({
      total: 8,
      counts: { information: 3, reflection: 2, relationships: 3 },
      weakest: undefined,
    });
  });

  it('names the part far behind the others', () => {
    const articles = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => testSource({ id }));
    const people = ['p', 'q', 'r'].map((id) => testSource({ id, kind: 'person' }));
    // 7 information, 3 relationships, no reflection.
    expect(pleBalance([...articles, ...people], 0).weakest).toBe('reflection');
    const noted = articles.map((s) => ({ ...s, note: 'learned' }));
    // 7 information, 7 reflection, 3 relationships: 3 is not under a third of 7.
    expect(pleBalance([...noted, ...people], 0).weakest).toBeUndefined();
    expect(pleBalance([...noted, people[0]!], 0).weakest).toBe('relationships');
  });

  it('says nothing is weakest in a network of fewer than three sources', () => {
    expect(pleBalance([testSource({ id: 'a' }), testSource({ id: 'b' })], 0).weakest).toBeUndefined();
  });
});
