import { describe, expect, it } from 'vitest';
import { reddit } from './reddit';
import { read, shape } from './test-page';

describe('reddit', () => {
  it.each([
    ['https://www.reddit.com/r/learnpython/', 'community/community'],
    ['https://old.reddit.com/r/learnpython/top/', 'community/community'],
    ['https://www.reddit.com/r/lotus/comments/1pzbv0z/my_lotus_elise/', 'post/article'],
    ['https://www.reddit.com/user/spez', 'profile/person'],
    ['https://www.reddit.com/u/spez/', 'profile/person'],
    ['https://www.reddit.com/user/spez/comments/abc/hello/', 'post/article'],
    ['https://www.reddit.com/r/learnpython/submit', undefined],
    ['https://www.reddit.com/', undefined],
    ['https://reddit.example.com/r/learnpython', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(reddit, url))).toBe(expected));

  it('on a subreddit: the community, its r/ handle and its .rss feed', () => {
    expect(
      read(reddit, 'https://www.reddit.com/r/learnpython/', { image: 'https://styles.redditmedia.com/icon.png' })
        ?.subject,
    ).toEqual({
      kind: 'community',
      site: 'Reddit',
      name: 'r/learnpython',
      url: 'https://www.reddit.com/r/learnpython',
      handle: 'r/learnpython',
      image: 'https://styles.redditmedia.com/icon.png',
      feeds: [{ url: 'https://www.reddit.com/r/learnpython/.rss', type: 'rss' }],
    });
  });

  it('on a post: its subreddit, and its author when the page names one', () => {
    const info = read(reddit, 'https://www.reddit.com/r/lotus/comments/1pzbv0z/x/', {
      authors: [{ name: 'ada', url: 'https://www.reddit.com/user/ada/' }],
    });
    expect(info?.partOf).toMatchObject({
      kind: 'community',
      name: 'r/lotus',
      feeds: [{ url: 'https://www.reddit.com/r/lotus/.rss', type: 'rss' }],
    });
    expect(info?.creator).toMatchObject({
      kind: 'person',
      name: 'u/ada',
      handle: 'u/ada',
      feeds: [{ url: 'https://www.reddit.com/user/ada/.rss', type: 'rss' }],
    });
    expect(read(reddit, 'https://www.reddit.com/r/lotus/comments/1pzbv0z/x/')?.creator).toBeUndefined();
  });

  it("gives a user's feed", () => {
    expect(read(reddit, 'https://www.reddit.com/user/spez')?.subject?.feeds).toEqual([
      { url: 'https://www.reddit.com/user/spez/.rss', type: 'rss' },
    ]);
  });
});
