import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { twitch } from './twitch';

describe('twitch', () => {
  it.each([
    ['https://www.twitch.tv/bobross', 'channel/channel'],
    ['https://www.twitch.tv/bobross/videos', 'channel/channel'],
    ['https://www.twitch.tv/bobross/clip/SomeClipSlug', 'video/video'],
    ['https://clips.twitch.tv/GorgeousFunnyNeanderthalBIRB', 'video/video'],
    ['https://www.twitch.tv/videos/123456789', 'video/video'],
    ['https://www.twitch.tv/directory', undefined],
    ['https://www.twitch.tv/', undefined],
    ['https://twitch.example.com/bobross', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(twitch, url))).toBe(expected));

  it('on a channel: the channel, its login as handle, its name from the page', () => {
    const info = read(twitch, 'https://www.twitch.tv/BobRoss', {
      title: 'BobRoss',
      siteName: 'Twitch',
      image: 'https://static-cdn.jtvnw.net/a.png',
    });
    expect(info?.subject).toEqual({
      kind: 'channel',
      site: 'Twitch',
      name: 'BobRoss',
      url: 'https://www.twitch.tv/bobross',
      handle: 'BobRoss',
      image: 'https://static-cdn.jtvnw.net/a.png',
      feeds: [],
    });
  });

  it('gives a clip the channel in its address as creator', () => {
    expect(read(twitch, 'https://www.twitch.tv/bobross/clip/Slug')?.creator).toMatchObject({
      kind: 'channel',
      url: 'https://www.twitch.tv/bobross',
      handle: 'bobross',
    });
  });
});
