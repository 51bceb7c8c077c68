import { describe, expect, it } from 'vitest';
import { applePodcasts } from './apple-podcasts';
import { read, shape } from './test-page';

const EPISODE = 'https://podcasts.apple.com/es/podcast/la-mol%C3%A9cula-que-falta/id1181714154?i=1000623871376';

describe('apple podcasts', () => {
  it.each([
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736', 'show/channel'],
    ['https://podcasts.apple.com/podcast/id1200361736', 'show/channel'],
    [EPISODE, 'episode/podcast_episode'],
    ['https://podcasts.apple.com/us/channel/npr/id6442463298', 'organization/organization'],
    ['https://podcasts.apple.com/us/browse', undefined],
    ['https://music.apple.com/us/album/x/1654452985', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(applePodcasts, url))).toBe(expected));

  it('on an episode: the show, named by the title, at its own address', () => {
    const info = read(applePodcasts, EPISODE, {
      title: 'mixx.io: La molécula que falta en Apple Podcasts',
      authors: [{ name: 'Álex Barredo' }],
    });
    expect(info?.creator).toEqual({
      kind: 'channel',
      site: 'Apple Podcasts',
      name: 'mixx.io',
      url: 'https://podcasts.apple.com/es/podcast/id1181714154',
      feeds: [],
    });
  });

  it('on a show: the show, its hosts as creators', () => {
    const info = read(applePodcasts, 'https://podcasts.apple.com/us/podcast/the-daily/id1200361736', {
      title: 'The Daily: News in Depth on Apple Podcasts',
      image: 'https://is1-ssl.mzstatic.com/a.png',
      authors: [{ name: 'The New York Times' }],
    });
    expect(info?.subject).toMatchObject({
      kind: 'channel',
      name: 'The Daily: News in Depth',
      url: 'https://podcasts.apple.com/us/podcast/the-daily/id1200361736',
      sameAs: ['https://podcasts.apple.com/us/podcast/id1200361736'],
    });
    expect(info?.creator?.name).toBe('The New York Times');
  });
});
