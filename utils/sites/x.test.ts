import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { x } from './x';

describe('x', () => {
  it.each([
    ['https://x.com/kikobeats', 'profile/person'],
    ['https://twitter.com/kikobeats/media', 'profile/person'],
    ['https://mobile.twitter.com/kikobeats', 'profile/person'],
    ['https://x.com/Kikobeats/status/880139124791029763', 'post/article'],
    ['https://twitter.com/Kikobeats/status/880139124791029763/photo/1', 'post/article'],
    ['https://x.com/home', undefined],
    ['https://x.com/i/lists/123', undefined],
    ['https://x.com/search?q=pln', undefined],
    ['https://x.com/kikobeats/status/not-a-number', undefined],
    ['https://x.com/', undefined],
    ['https://example.com/kikobeats', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(x, url))).toBe(expected));

  it('on a profile: the person, handle and avatar (not the generic X card image)', () => {
    const info = read(x, 'https://x.com/kikobeats', {
      kind: 'person',
      title: 'Kiko Beats (@Kikobeats) / X',
      image: 'https://abs.twimg.com/rweb/ssr/default/v2/og/image.png',
      authors: [
        {
          name: 'Kiko Beats',
          url: 'https://x.com/kikobeats',
          image: 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg',
        },
      ],
    });
    expect(info?.subject).toEqual({
      kind: 'person',
      site: 'X',
      name: 'Kiko Beats',
      url: 'https://x.com/kikobeats',
      handle: '@kikobeats',
      image: 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg',
      feeds: [],
    });
    expect(
      read(x, 'https://x.com/ada', { image: 'https://abs.twimg.com/rweb/ssr/default/v2/og/image.png' })?.subject?.image,
    ).toBeUndefined();
  });

  it("gives a post's author from its address, named by the page", () => {
    const info = read(x, 'https://x.com/verge/status/957383241714970624', {
      title: 'The Verge on X: "Is it bad…" / X',
      authors: [{ name: 'The Verge' }],
    });
    expect(info?.creator).toEqual({
      kind: 'person',
      site: 'X',
      name: 'The Verge',
      url: 'https://x.com/verge',
      handle: '@verge',
      feeds: [],
    });
    expect(read(x, 'https://x.com/verge/status/1', { title: 'The Verge (@verge) on X' })?.creator?.name).toBe(
      'The Verge',
    );
    expect(read(x, 'https://x.com/verge/status/1')?.creator?.name).toBe('@verge');
  });
});
