import { describe, expect, it } from 'vitest';
import { ld, page as html } from '../../tests/fixtures/extract/dom';
import { parseExtraction } from '../extract/extraction';
import { extractPage } from '../extract/index';
import { recognizeSite } from './index';
import { meetup } from './meetup';
import { read, shape } from './test-page';

describe('meetup', () => {
  it.each([
    ['https://www.meetup.com/reactjs-dallas/', 'community/community'],
    ['https://www.meetup.com/es-ES/reactjs-dallas/', 'community/community'],
    ['https://www.meetup.com/reactjs-dallas/events/299999999/', 'event/event'],
    ['https://www.meetup.com/members/12345/', 'profile/person'],
    ['https://www.meetup.com/find/?keywords=react', undefined],
    ['https://www.meetup.com/', undefined],
    ['https://example.com/reactjs-dallas/events/1', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(meetup, url))).toBe(expected));

  it('on a group: the community with its events feed', () => {
    expect(
      read(meetup, 'https://www.meetup.com/reactjs-dallas/', {
        title: 'React Dallas | Meetup',
        image: 'https://secure.meetupstatic.com/g.jpeg',
      })?.subject,
    ).toEqual({
      kind: 'community',
      site: 'Meetup',
      name: 'React Dallas',
      url: 'https://www.meetup.com/reactjs-dallas/',
      handle: 'reactjs-dallas',
      image: 'https://secure.meetupstatic.com/g.jpeg',
      feeds: [{ url: 'https://www.meetup.com/reactjs-dallas/events/rss/', type: 'rss' }],
    });
  });

  it('on an event: the group behind it, named by the page when it says', () => {
    const named = read(meetup, 'https://www.meetup.com/reactjs-dallas/events/1/', {
      kind: 'event',
      publisher: { name: 'React Dallas', url: 'https://www.meetup.com/reactjs-dallas/' },
    });
    expect(named?.creator).toMatchObject({
      kind: 'community',
      name: 'React Dallas',
      feeds: [{ url: 'https://www.meetup.com/reactjs-dallas/events/rss/', type: 'rss' }],
    });
    expect(read(meetup, 'https://www.meetup.com/reactjs-dallas/events/1/')?.creator?.name).toBe('reactjs dallas');
  });

  it("names the group from an event page's JSON-LD organizer, end to end", () => {
    const url = 'https://www.meetup.com/reactjs-dallas/events/299999999/';
    const doc = html(
      `<title>Hooks night | Meetup</title><meta property="og:site_name" content="Meetup">` +
        ld({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: 'Hooks night',
          organizer: { '@type': 'Organization', name: 'React Dallas', url: 'https://www.meetup.com/reactjs-dallas/' },
        }),
    );
    const info = recognizeSite(url, parseExtraction(extractPage(doc, url)));
    expect(info).toMatchObject({
      site: 'Meetup',
      type: 'event',
      kind: 'event',
      creator: { kind: 'community', name: 'React Dallas', url: 'https://www.meetup.com/reactjs-dallas/' },
    });
  });
});
