import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { vimeo } from './vimeo';

describe('vimeo', () => {
  it.each([
    ['https://vimeo.com/311983548', 'video/video'],
    ['https://player.vimeo.com/video/311983548', 'video/video'],
    ['https://vimeo.com/channels/staffpicks/311983548', 'video/video'],
    ['https://vimeo.com/showcase/1234/video/311983548', 'video/video'],
    ['https://vimeo.com/vimeocuration', 'channel/channel'],
    ['https://vimeo.com/channels/staffpicks', 'channel/channel'],
    ['https://vimeo.com/groups/motion', 'community/community'],
    ['https://vimeo.com/showcase/1234', 'playlist/channel'],
    ['https://vimeo.com/features', undefined],
    ['https://vimeo.com/', undefined],
    ['https://example.com/311983548', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(vimeo, url))).toBe(expected));

  it("gives a video's channel as its creator, with the creator's videos feed", () => {
    const info = read(vimeo, 'https://vimeo.com/311983548', {
      kind: 'video',
      channel: {
        name: 'Vimeo Curation',
        url: 'https://vimeo.com/vimeocuration',
        image: 'https://i.vimeocdn.com/portrait/1.jpg',
      },
    });
    expect(info?.creator).toEqual({
      kind: 'channel',
      site: 'Vimeo',
      name: 'Vimeo Curation',
      url: 'https://vimeo.com/vimeocuration',
      handle: 'vimeocuration',
      image: 'https://i.vimeocdn.com/portrait/1.jpg',
      feeds: [{ url: 'https://vimeo.com/vimeocuration/videos/rss', type: 'rss' }],
    });
  });

  it("on a creator's page: the creator, with the feed of their videos", () => {
    const info = read(vimeo, 'https://vimeo.com/vimeocuration', {
      title: 'Vimeo Curation',
      image: 'https://i.vimeocdn.com/p.jpg',
    });
    expect(info?.subject).toMatchObject({
      kind: 'channel',
      name: 'Vimeo Curation',
      handle: 'vimeocuration',
      image: 'https://i.vimeocdn.com/p.jpg',
    });
    expect(info?.subject?.feeds).toEqual([{ url: 'https://vimeo.com/vimeocuration/videos/rss', type: 'rss' }]);
    expect(read(vimeo, 'https://vimeo.com/groups/motion')?.subject?.feeds[0]?.url).toBe(
      'https://vimeo.com/groups/motion/videos/rss',
    );
  });
});
