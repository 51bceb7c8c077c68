import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { categoryBalance } from './category-balance';

describe('categoryBalance', () => {
  it('gives every category its count and share, empty ones included', () => {
    const sources = [
      testSource({ id: 'a', kind: 'article' }),
      testSource({ id: 'b', kind: 'article' }),
      testSource({ id: 'p', kind: 'person', category: 'mentors' }),
      testSource({ id: 'v', kind: 'video' }),
    ];
    const { total, shares, dominant } = categoryBalance(sources, 0);
    expect(total).toBe(4);
    expect(shares).toHaveLength(11);
    expect(shares[0]).toEqual({ category: 'mentors', count: 1, share: 0.25 });
    expect(shares.find((s) => s.category === 'blogs')).toEqual({ category: 'blogs', count: 2, share: 0.5 });
    expect(shares.find((s) => s.category === 'peers')).toEqual({ category: 'peers', count: 0, share: 0 });
    expect(dominant).toBeUndefined();
  });

  it('names a category holding more than half of a network of five or more', () => {
    const blogs = ['a', 'b', 'c'].map((id) => testSource({ id }));
    const two = [testSource({ id: 'v', kind: 'video' }), testSource({ id: 'p', kind: 'person' })];
    expect(categoryBalance([...blogs, ...two], 0).dominant).toMatchObject({ category: 'blogs', count: 3 });
    expect(categoryBalance([...blogs, two[0]!], 0).dominant).toBeUndefined(); // only four sources
    expect(
      categoryBalance([...blogs.slice(0, 2), ...two, testSource({ id: 'x', kind: 'book' })], 0).dominant,
    ).toBeUndefined();
  });

  it('has no shares to speak of in an empty network', () => {
    const { total, shares } = categoryBalance([], 0);
    expect(total).toBe(0);
    expect(shares.every((s) => s.count === 0 && s.share === 0)).toBe(true);
  });
});
