import { describe, expect, it } from 'vitest';
import { substack } from './substack';
import { read, shape, type PageFields } from './test-page';

const FEED = 'https://simonsarris.substack.com/feed';
const POST: PageFields = {
  siteName: 'The Map is Mostly Water',
  authors: [
    { name: 'Simon Sarris', url: 'https://substack.com/@simonsarris', sameAs: ['https://twitter.com/simonsarris'] },
  ],
  publisher: { name: 'The Map is Mostly Water', url: 'https://simonsarris.substack.com/' },
  feeds: [{ url: FEED, title: 'The Map is Mostly Water', type: 'rss' }],
};

describe('substack', () => {
  it.each([
    ['https://simonsarris.substack.com/', 'publication/publication'],
    ['https://simonsarris.substack.com/archive', 'publication/publication'],
    ['https://simonsarris.substack.com/p/the-most-precious-resource-is-agency', 'post/article'],
    ['https://substack.com/@simonsarris', 'profile/person'],
    ['https://substack.com/home/post/p-123456', 'post/article'],
    ['https://substack.com/browse', undefined],
    ['https://simonsarris.substack.com/subscribe/more', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(substack, url, POST))).toBe(expected));

  it('on a post: its author (with their @handle) and the newsletter with its feed', () => {
    const info = read(substack, 'https://simonsarris.substack.com/p/agency', POST);
    expect(info?.creator).toEqual({
      kind: 'person',
      site: 'Substack',
      name: 'Simon Sarris',
      url: 'https://substack.com/@simonsarris',
      handle: '@simonsarris',
      feeds: [],
      sameAs: ['https://twitter.com/simonsarris'],
    });
    expect(info?.partOf).toEqual({
      kind: 'publication',
      site: 'Substack',
      name: 'The Map is Mostly Water',
      url: 'https://simonsarris.substack.com/',
      feeds: [{ url: FEED, title: 'The Map is Mostly Water', type: 'rss' }],
    });
  });

  it('on a newsletter: the publication and its /feed', () => {
    const info = read(substack, 'https://simonsarris.substack.com/', {
      siteName: 'The Map is Mostly Water',
      image: 'https://substackcdn.com/logo.png',
    });
    expect(info?.subject).toMatchObject({
      kind: 'publication',
      name: 'The Map is Mostly Water',
      url: 'https://simonsarris.substack.com/',
      feeds: [{ url: FEED, type: 'rss' }],
    });
  });

  it('recognizes a custom domain by the Substack feed it announces, and only then', () => {
    const custom = {
      ...POST,
      url: 'https://map.simonsarris.com/p/agency',
      publisher: { name: 'The Map is Mostly Water', url: 'https://map.simonsarris.com/' },
    };
    const info = read(substack, 'https://map.simonsarris.com/p/agency', custom);
    expect(info?.partOf).toMatchObject({
      url: 'https://map.simonsarris.com/',
      feeds: [{ url: FEED }, { url: 'https://map.simonsarris.com/feed' }],
    });
    expect(
      read(substack, 'https://blog.example.org/p/agency', { siteName: 'Example', authors: [{ name: 'Ada' }] }),
    ).toBeUndefined();
  });
});
