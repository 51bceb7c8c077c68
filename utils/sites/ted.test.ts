import { describe, expect, it } from 'vitest';
import { ted } from './ted';
import { read, shape } from './test-page';

describe('ted', () => {
  it.each([
    ['https://www.ted.com/talks/tim_urban_inside_the_mind_of_a_master_procrastinator', 'talk/video'],
    ['https://www.ted.com/speakers/tim_urban', 'profile/person'],
    ['https://www.ted.com/playlists/171/the_most_popular_talks_of_all', 'playlist/channel'],
    ['https://www.ted.com/talks', undefined],
    ['https://www.ted.com/about/our-organization', undefined],
    ['https://example.com/talks/x', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(ted, url))).toBe(expected));

  it("gives a talk's speaker as its creator, even when the page makes them the video's channel", () => {
    const byAuthor = read(ted, 'https://www.ted.com/talks/tim_urban_x', {
      kind: 'video',
      authors: [{ name: 'Tim Urban', url: 'https://www.ted.com/speakers/tim_urban' }],
    });
    expect(byAuthor?.creator).toEqual({
      kind: 'person',
      site: 'TED',
      name: 'Tim Urban',
      url: 'https://www.ted.com/speakers/tim_urban',
      handle: 'tim_urban',
      feeds: [],
    });
    const byChannel = read(ted, 'https://www.ted.com/talks/tim_urban_x', {
      kind: 'video',
      channel: { name: 'Tim Urban' },
    });
    expect(byChannel?.creator).toMatchObject({ kind: 'person', name: 'Tim Urban' });
  });

  it("on a speaker's page: the person", () => {
    expect(
      read(ted, 'https://www.ted.com/speakers/tim_urban', { title: 'Tim Urban | Speaker | TED' })?.subject,
    ).toMatchObject({ kind: 'person', url: 'https://www.ted.com/speakers/tim_urban', handle: 'tim_urban' });
  });
});
