import { describe, expect, it } from 'vitest';
import { spotify } from './spotify';
import { read, shape } from './test-page';

describe('spotify', () => {
  it.each([
    ['https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby', 'show/channel'],
    ['https://open.spotify.com/intl-es/show/4kYCRYJ3yK5DQbP5tbfZby', 'show/channel'],
    ['https://open.spotify.com/episode/64TORH3xleuD1wcnFsrH1E', 'episode/podcast_episode'],
    ['https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF', 'profile/person'],
    ['https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M', 'playlist/channel'],
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', undefined],
    ['https://open.spotify.com/', undefined],
    ['https://www.spotify.com/us/premium/', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(spotify, url))).toBe(expected));

  it('on a show: the show as subject, its hosts as creators', () => {
    const info = read(spotify, 'https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby?si=abc', {
      kind: 'channel',
      title: 'Syntax - Tasty Web Development Treats',
      image: 'https://i.scdn.co/image/show.jpg',
      authors: [{ name: 'Wes Bos' }, { name: 'Scott Tolinski' }],
    });
    expect(info?.subject).toEqual({
      kind: 'channel',
      site: 'Spotify',
      name: 'Syntax - Tasty Web Development Treats',
      url: 'https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby',
      image: 'https://i.scdn.co/image/show.jpg',
      feeds: [],
    });
    expect(info?.creators?.map((c) => c.name)).toEqual(['Wes Bos', 'Scott Tolinski']);
  });

  it("names an episode's show from the page's channel, else from Spotify's description", () => {
    const withChannel = read(spotify, 'https://open.spotify.com/episode/64TORH3xleuD1wcnFsrH1E', {
      channel: { name: 'Syntax', url: 'https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby' },
    });
    expect(withChannel?.creator).toMatchObject({
      kind: 'channel',
      name: 'Syntax',
      url: 'https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby',
    });
    const fromText = read(spotify, 'https://open.spotify.com/episode/64TORH3xleuD1wcnFsrH1E', {
      description: 'Listen to this episode from Syntax - Tasty Web Development Treats on Spotify. In this Hasty Treat…',
    });
    expect(fromText?.creator).toEqual({
      kind: 'channel',
      site: 'Spotify',
      name: 'Syntax - Tasty Web Development Treats',
      feeds: [],
    });
  });
});
