import { describe, expect, it } from 'vitest';
import { hackerNews } from './hacker-news';
import { read, shape } from './test-page';

describe('hacker news', () => {
  it.each([
    ['https://news.ycombinator.com/user?id=pg', 'profile/person'],
    ['https://news.ycombinator.com/submitted?id=pg', 'profile/person'],
    ['https://news.ycombinator.com/item?id=1', 'post/article'],
    ['https://news.ycombinator.com/news', undefined],
    ['https://news.ycombinator.com/user', undefined],
    ['https://example.com/user?id=pg', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(hackerNews, url))).toBe(expected));

  it('on a user: the person, named by their id', () => {
    expect(read(hackerNews, 'https://news.ycombinator.com/user?id=pg')?.subject).toEqual({
      kind: 'person',
      site: 'Hacker News',
      name: 'pg',
      url: 'https://news.ycombinator.com/user?id=pg',
      handle: 'pg',
      feeds: [],
    });
  });
});
