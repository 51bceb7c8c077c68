import { describe, expect, it } from 'vitest';
import { medium } from './medium';
import { read, shape, type PageFields } from './test-page';

const POST: PageFields = {
  siteName: 'Medium',
  image: 'https://miro.medium.com/max/1200/1.jpeg',
  authors: [{ name: 'Sean T. Larkin', url: 'https://medium.com/@TheLarkInn' }],
  publisher: { name: 'webpack', url: 'https://medium.com/webpack', image: 'https://miro.medium.com/logo.png' },
};

describe('medium', () => {
  it.each([
    ['https://medium.com/@TheLarkInn', 'profile/person'],
    ['https://ada.medium.com/', 'profile/person'],
    ['https://medium.com/@TheLarkInn/how-i-learn-15fd2dd8f07b', 'post/article'],
    ['https://ada.medium.com/how-i-learn-15fd2dd8f07b', 'post/article'],
    ['https://medium.com/webpack', 'publication/publication'],
    ['https://medium.com/webpack/webpack-3-official-release-15fd2dd8f07b', 'post/article'],
    ['https://medium.com/p/15fd2dd8f07b', 'post/article'],
    ['https://medium.com/tag/javascript', undefined],
    ['https://medium.com/', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(medium, url, POST))).toBe(expected));

  it('on a post in a publication: the author (with their feed) and the publication (with its feed)', () => {
    const info = read(medium, 'https://medium.com/webpack/webpack-3-official-release-15fd2dd8f07b', POST);
    expect(info?.creator).toEqual({
      kind: 'person',
      site: 'Medium',
      name: 'Sean T. Larkin',
      url: 'https://medium.com/@TheLarkInn',
      handle: '@TheLarkInn',
      feeds: [{ url: 'https://medium.com/feed/@TheLarkInn', type: 'rss' }],
    });
    expect(info?.partOf).toEqual({
      kind: 'publication',
      site: 'Medium',
      name: 'webpack',
      url: 'https://medium.com/webpack',
      image: 'https://miro.medium.com/logo.png',
      feeds: [{ url: 'https://medium.com/feed/webpack', type: 'rss' }],
    });
  });

  it("on a member's page: the person and their feed; on a user.medium.com page, that feed", () => {
    const info = read(medium, 'https://medium.com/@TheLarkInn', {
      kind: 'person',
      title: 'Sean T. Larkin – Medium',
      authors: [{ name: 'Sean T. Larkin', url: 'https://medium.com/@TheLarkInn' }],
    });
    expect(info?.subject).toMatchObject({
      kind: 'person',
      name: 'Sean T. Larkin',
      handle: '@TheLarkInn',
      feeds: [{ url: 'https://medium.com/feed/@TheLarkInn', type: 'rss' }],
    });
    expect(read(medium, 'https://ada.medium.com/', { title: 'Ada' })?.subject?.feeds).toEqual([
      { url: 'https://ada.medium.com/feed', type: 'rss' },
    ]);
  });

  it('recognizes a custom domain when the page shows Medium, and only then', () => {
    const post = read(medium, 'https://blog.example.org/learning-in-public-0123456789ab', {
      ...POST,
      publisher: { name: 'Example Eng', url: 'https://blog.example.org/' },
    });
    expect(post?.type).toBe('post');
    expect(post?.partOf).toMatchObject({
      name: 'Example Eng',
      url: 'https://blog.example.org/',
      feeds: [{ url: 'https://blog.example.org/feed', type: 'rss' }],
    });
    expect(
      read(medium, 'https://blog.example.org/', { siteName: 'Medium', title: 'Example Eng' })?.subject,
    ).toMatchObject({ kind: 'publication', name: 'Example Eng' });
    expect(
      read(medium, 'https://blog.example.org/learning-in-public-0123456789ab', { siteName: 'Example' }),
    ).toBeUndefined();
    expect(read(medium, 'https://blog.example.org/about', POST)).toBeUndefined();
  });
});
