import { describe, expect, it } from 'vitest';
import { bluesky } from './bluesky';
import { read, shape } from './test-page';

describe('bluesky', () => {
  it.each([
    ['https://bsky.app/profile/stephenking.bsky.social', 'profile/person'],
    ['https://bsky.app/profile/did:plc:h7obn4tkp47wn7gqh4oe5eij', 'profile/person'],
    ['https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x', 'post/article'],
    ['https://bsky.app/profile/forbes.com/feed/news', undefined],
    ['https://bsky.app/search?q=x', undefined],
    ['https://example.com/profile/forbes.com', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(bluesky, url))).toBe(expected));

  it('on a profile: the person, handle, avatar, and the feed the page announces (by DID)', () => {
    const feed = 'https://bsky.app/profile/did:plc:h7obn4tkp47wn7gqh4oe5eij/rss';
    const info = read(bluesky, 'https://bsky.app/profile/stephenking.bsky.social', {
      kind: 'person',
      title: 'Stephen King (@stephenking.bsky.social)',
      image: 'https://cdn.bsky.app/img/avatar/a.jpg',
      authors: [{ name: 'Stephen King', url: 'https://bsky.app/profile/stephenking.bsky.social' }],
      feeds: [{ url: feed, type: 'rss' }],
    });
    expect(info?.subject).toEqual({
      kind: 'person',
      site: 'Bluesky',
      name: 'Stephen King',
      url: 'https://bsky.app/profile/stephenking.bsky.social',
      handle: '@stephenking.bsky.social',
      image: 'https://cdn.bsky.app/img/avatar/a.jpg',
      feeds: [{ url: feed, type: 'rss' }],
    });
  });

  it("gives a post's author from its address, with the handle's RSS feed", () => {
    const info = read(bluesky, 'https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x', {
      title: 'Forbes (@forbes.com)',
    });
    expect(info?.creator).toEqual({
      kind: 'person',
      site: 'Bluesky',
      name: 'Forbes',
      url: 'https://bsky.app/profile/forbes.com',
      handle: '@forbes.com',
      feeds: [{ url: 'https://bsky.app/profile/forbes.com/rss', type: 'rss' }],
    });
  });
});
