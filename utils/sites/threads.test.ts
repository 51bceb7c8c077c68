import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { threads } from './threads';

describe('threads', () => {
  it.each([
    ['https://www.threads.net/@zuck', 'profile/person'],
    ['https://www.threads.com/@zuck', 'profile/person'],
    ['https://www.threads.net/@zuck/post/C1a2b3c4d5e', 'post/article'],
    ['https://www.threads.net/search', undefined],
    ['https://www.threads.net/@zuck/replies', undefined],
    ['https://example.com/@zuck', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(threads, url))).toBe(expected));

  it("gives the profile and a post's author, with the handle", () => {
    const profile = read(threads, 'https://www.threads.net/@zuck', {
      title: 'Mark Zuckerberg (@zuck) • Threads, Say more',
      image: 'https://cdn.example/zuck.jpg',
    });
    expect(profile?.subject).toEqual({
      kind: 'person',
      site: 'Threads',
      name: 'Mark Zuckerberg',
      url: 'https://www.threads.net/@zuck',
      handle: '@zuck',
      image: 'https://cdn.example/zuck.jpg',
      feeds: [],
    });
    expect(read(threads, 'https://www.threads.net/@zuck/post/C1', {})?.creator).toMatchObject({
      name: '@zuck',
      handle: '@zuck',
      url: 'https://www.threads.net/@zuck',
    });
  });
});
