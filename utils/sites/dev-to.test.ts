import { describe, expect, it } from 'vitest';
import { devTo } from './dev-to';
import { read, shape } from './test-page';

describe('dev.to', () => {
  it.each([
    ['https://dev.to/ben', 'profile/person'],
    ['https://dev.to/ben/how-i-learn-in-public-1a2b', 'post/article'],
    ['https://dev.to/t/javascript', undefined],
    ['https://dev.to/', undefined],
    ['https://dev.to/ben/post/comments', undefined],
    ['https://example.com/ben', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(devTo, url))).toBe(expected));

  it('gives the member with their handle and feed, on their page and on their posts', () => {
    const profile = read(devTo, 'https://dev.to/ben', {
      kind: 'person',
      title: 'Ben Halpern - DEV Community',
      image: 'https://media.dev.to/ben.png',
    });
    expect(profile?.subject).toEqual({
      kind: 'person',
      site: 'DEV',
      name: 'Ben Halpern',
      url: 'https://dev.to/ben',
      handle: '@ben',
      image: 'https://media.dev.to/ben.png',
      feeds: [{ url: 'https://dev.to/feed/ben', type: 'rss' }],
    });
    const post = read(devTo, 'https://dev.to/ben/x-1a2b', {
      authors: [{ name: 'Ben Halpern', url: 'https://dev.to/ben' }],
    });
    expect(post?.creator).toMatchObject({
      name: 'Ben Halpern',
      feeds: [{ url: 'https://dev.to/feed/ben', type: 'rss' }],
    });
  });

  it('says organization when the page does', () => {
    expect(shape(read(devTo, 'https://dev.to/github', { kind: 'organization', title: 'GitHub' }))).toBe(
      'organization/organization',
    );
  });
});
