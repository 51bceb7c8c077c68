import { describe, expect, it } from 'vitest';
import { soundcloud } from './soundcloud';
import { read, shape } from './test-page';

const FEED = 'https://feeds.soundcloud.com/users/soundcloud:users:1147904/sounds.rss';

describe('soundcloud', () => {
  it.each([
    ['https://soundcloud.com/beautybrainsp', 'channel/channel'],
    ['https://soundcloud.com/beautybrainsp/tracks', 'channel/channel'],
    ['https://soundcloud.com/beautybrainsp/beauty-brain-swag-bandicoot', 'episode/podcast_episode'],
    ['https://soundcloud.com/beautybrainsp/sets/favourites', 'playlist/channel'],
    ['https://soundcloud.com/discover', undefined],
    ['https://soundcloud.com/beautybrainsp/followers', 'channel/channel'],
    ['https://soundcloud.com/beautybrainsp/likes/more', undefined],
    ['https://on.soundcloud.com/abc', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(soundcloud, url))).toBe(expected));

  it("on a user's page: the user, with the feed the page announces", () => {
    const info = read(soundcloud, 'https://soundcloud.com/beautybrainsp', {
      title: 'Beauty Brain',
      image: 'https://i1.sndcdn.com/avatars.jpg',
      feeds: [{ url: FEED, title: 'RSS', type: 'rss' }],
    });
    expect(info?.subject).toEqual({
      kind: 'channel',
      site: 'SoundCloud',
      name: 'Beauty Brain',
      url: 'https://soundcloud.com/beautybrainsp',
      handle: 'beautybrainsp',
      image: 'https://i1.sndcdn.com/avatars.jpg',
      feeds: [{ url: FEED, title: 'RSS', type: 'rss' }],
    });
  });

  it("names a track's maker from SoundCloud's description, else by the address", () => {
    const track = 'https://soundcloud.com/beautybrainsp/swag';
    const named = read(soundcloud, track, {
      title: 'Swag',
      description: 'Stream Swag by Beauty Brain on desktop and mobile. Play over 320 million tracks.',
    });
    expect(named?.creator).toMatchObject({
      kind: 'channel',
      name: 'Beauty Brain',
      url: 'https://soundcloud.com/beautybrainsp',
    });
    expect(read(soundcloud, track, { title: 'Swag' })?.creator?.name).toBe('beautybrainsp');
  });
});
