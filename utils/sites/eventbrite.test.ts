import { describe, expect, it } from 'vitest';
import { eventbrite } from './eventbrite';
import { read, shape } from './test-page';

describe('eventbrite', () => {
  it.each([
    ['https://www.eventbrite.com/e/learning-in-public-tickets-123456789012', 'event/event'],
    ['https://www.eventbrite.co.uk/e/learning-in-public-tickets-123456789012', 'event/event'],
    ['https://www.eventbrite.com/o/ada-club-12345678901', 'organization/organization'],
    ['https://www.eventbrite.com/d/online/events/', undefined],
    ['https://www.eventbrite.com/e/no-id', undefined],
    ['https://eventbrite.example.com/e/x-tickets-123456789012', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(eventbrite, url))).toBe(expected));

  it("gives an event its organizer when the page's publisher is an organizer page", () => {
    const info = read(eventbrite, 'https://www.eventbrite.com/e/x-tickets-123456789012', {
      kind: 'event',
      publisher: {
        name: 'Ada Club',
        url: 'https://www.eventbrite.com/o/ada-club-12345678901',
        image: 'https://img.evbuc.com/logo.png',
      },
    });
    expect(info?.creator).toEqual({
      kind: 'organization',
      site: 'Eventbrite',
      name: 'Ada Club',
      url: 'https://www.eventbrite.com/o/ada-club-12345678901',
      image: 'https://img.evbuc.com/logo.png',
      feeds: [],
    });
    expect(
      read(eventbrite, 'https://www.eventbrite.com/e/x-tickets-123456789012', {
        publisher: { name: 'Eventbrite', url: 'https://www.eventbrite.com/' },
      })?.creator,
    ).toBeUndefined();
  });
});
