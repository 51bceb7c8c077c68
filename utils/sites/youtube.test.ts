import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { youtube } from './youtube';

const CHANNEL_ID = 'UCzcRQ3vRNr6fJ1A9rqFn7QA';

describe('youtube', () => {
  it.each([
    ['https://www.youtube.com/watch?v=fJ9rUzIMcZQ', 'video/video'],
    ['https://m.youtube.com/watch?v=fJ9rUzIMcZQ&t=10', 'video/video'],
    ['https://youtu.be/fJ9rUzIMcZQ', 'video/video'],
    ['https://www.youtube.com/shorts/abcdefghijk', 'video/video'],
    ['https://www.youtube.com/live/abcdefghijk', 'video/video'],
    ['https://www.youtube-nocookie.com/embed/abcdefghijk', 'video/video'],
    ['https://www.youtube.com/@Queen', 'channel/channel'],
    ['https://www.youtube.com/@Queen/videos', 'channel/channel'],
    [`https://www.youtube.com/channel/${CHANNEL_ID}`, 'channel/channel'],
    ['https://www.youtube.com/c/QueenOfficial', 'channel/channel'],
    ['https://www.youtube.com/user/queenofficial', 'channel/channel'],
    ['https://www.youtube.com/playlist?list=PLDB4BCE9817AE7B43', 'playlist/channel'],
    ['https://www.youtube.com/feed/subscriptions', undefined],
    ['https://www.youtube.com/results?search_query=queen', undefined],
    ['https://www.youtube.com/channel/not-an-id', undefined],
    ['https://vimeo.com/@Queen', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(youtube, url, { title: 'T' }))).toBe(expected));

  it("gives a watch page's channel as its creator, from the video's own markup", () => {
    const info = read(youtube, 'https://www.youtube.com/watch?v=fJ9rUzIMcZQ', {
      kind: 'video',
      authors: [{ name: 'Queen Official', url: 'http://www.youtube.com/@Queen' }],
      channel: { name: 'Queen Official', url: 'http://www.youtube.com/@Queen' },
    });
    expect(info?.creator).toEqual({
      kind: 'channel',
      site: 'YouTube',
      name: 'Queen Official',
      url: 'https://www.youtube.com/@Queen',
      handle: '@Queen',
      feeds: [],
    });
  });

  it("gives the channel's feed when the creator's address has its id", () => {
    const info = read(youtube, 'https://youtu.be/fJ9rUzIMcZQ', {
      channel: { name: 'Queen', url: `https://www.youtube.com/channel/${CHANNEL_ID}` },
    });
    expect(info?.creator?.feeds).toEqual([
      { url: `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL_ID}`, type: 'rss' },
    ]);
  });

  it('on /@handle: the channel, its handle, avatar, its id from the canonical address, and its feed', () => {
    const info = read(youtube, 'https://www.youtube.com/@OneMedia./featured', {
      kind: 'channel',
      url: `https://www.youtube.com/channel/${CHANNEL_ID}`,
      title: 'ONE Media',
      image: 'https://yt3.example.com/avatar.jpg',
      authors: [{ name: 'ONE Media', url: `https://www.youtube.com/channel/${CHANNEL_ID}` }],
    });
    expect(info?.subject).toEqual({
      kind: 'channel',
      site: 'YouTube',
      name: 'ONE Media',
      url: 'https://www.youtube.com/@OneMedia.',
      handle: '@OneMedia.',
      image: 'https://yt3.example.com/avatar.jpg',
      feeds: [{ url: `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL_ID}`, type: 'rss' }],
      sameAs: [`https://www.youtube.com/channel/${CHANNEL_ID}`],
    });
  });

  it('takes the channel id from the feed the page announces', () => {
    const feed = `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL_ID}`;
    const info = read(youtube, 'https://www.youtube.com/c/OneMedia', {
      feeds: [{ url: feed, title: 'RSS', type: 'rss' }],
    });
    expect(info?.subject?.feeds.map((f) => f.url)).toEqual([feed]);
  });

  it("gives a legacy /user/ channel the user feed, and a playlist the playlist's feed", () => {
    expect(read(youtube, 'https://www.youtube.com/user/queenofficial')?.subject?.feeds).toEqual([
      { url: 'https://www.youtube.com/feeds/videos.xml?user=queenofficial', type: 'rss' },
    ]);
    const list = read(youtube, 'https://www.youtube.com/playlist?list=PL123_abc', {
      title: 'Talks',
      authors: [{ name: 'Ada Channel', url: 'https://www.youtube.com/@ada' }],
    });
    expect(list?.subject).toMatchObject({
      kind: 'channel',
      name: 'Talks',
      url: 'https://www.youtube.com/playlist?list=PL123_abc',
    });
    expect(list?.subject?.feeds).toEqual([
      { url: 'https://www.youtube.com/feeds/videos.xml?playlist_id=PL123_abc', type: 'rss' },
    ]);
    expect(list?.creator).toMatchObject({ name: 'Ada Channel', handle: '@ada' });
  });

  it('has no creator when the watch page names none', () => {
    expect(read(youtube, 'https://www.youtube.com/watch?v=x', {})?.creator).toBeUndefined();
  });
});
