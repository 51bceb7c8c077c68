import { describe, expect, it } from 'vitest';
import { arxiv } from './arxiv';
import { read, shape } from './test-page';

describe('arxiv', () => {
  it.each([
    ['https://arxiv.org/abs/1706.03762', 'paper/paper'],
    ['https://arxiv.org/abs/1706.03762v7', 'paper/paper'],
    ['https://arxiv.org/pdf/1706.03762v7', 'paper/paper'],
    ['https://arxiv.org/pdf/1706.03762.pdf', 'paper/paper'],
    ['https://arxiv.org/abs/math.GT/0309136', 'paper/paper'],
    ['https://arxiv.org/a/warner_s_1', 'profile/person'],
    ['https://arxiv.org/list/cs.AI/recent', 'publication/publication'],
    ['https://arxiv.org/abs/not-a-paper', undefined],
    ['https://info.arxiv.org/help/rss.html', undefined],
    ['https://example.com/abs/1706.03762', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(arxiv, url))).toBe(expected));

  it('gives a paper its authors, the first as creator', () => {
    const info = read(arxiv, 'https://arxiv.org/abs/1706.03762', {
      kind: 'paper',
      authors: [{ name: 'Ashish Vaswani' }, { name: 'Noam Shazeer' }, { name: 'Niki Parmar' }],
    });
    expect(info?.creator).toEqual({ kind: 'person', site: 'arXiv', name: 'Ashish Vaswani', feeds: [] });
    expect(info?.creators?.map((a) => a.name)).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar']);
  });

  it('gives an author page its Atom feed, a category its RSS feed', () => {
    expect(read(arxiv, 'https://arxiv.org/a/warner_s_1')?.subject?.feeds).toEqual([
      { url: 'https://arxiv.org/a/warner_s_1.atom2', type: 'atom' },
    ]);
    expect(read(arxiv, 'https://arxiv.org/list/cs.AI/new')?.subject).toMatchObject({
      kind: 'publication',
      handle: 'cs.AI',
      feeds: [{ url: 'https://rss.arxiv.org/rss/cs.AI', type: 'rss' }],
    });
  });
});
