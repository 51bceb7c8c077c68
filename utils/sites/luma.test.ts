import { describe, expect, it } from 'vitest';
import { luma } from './luma';
import { read, shape } from './test-page';

describe('luma', () => {
  it.each([
    ['https://lu.ma/ai-learning-circle', { kind: 'event' as const }, 'event/event'],
    ['https://lu.ma/learning-circles', {}, 'community/community'],
    ['https://lu.ma/calendar/cal-abc123', {}, 'community/community'],
    ['https://luma.com/user/usr-abc123', {}, 'profile/person'],
    ['https://lu.ma/discover', {}, undefined],
    ['https://lu.ma/', {}, undefined],
    ['https://example.com/ai-learning-circle', { kind: 'event' as const }, undefined],
  ])('%s → %s', (url, fields, expected) => expect(shape(read(luma, url, fields))).toBe(expected));

  it('gives an event the calendar behind it, else its first host', () => {
    const byCalendar = read(luma, 'https://lu.ma/ai-circle', {
      kind: 'event',
      publisher: { name: 'Learning Circles', url: 'https://lu.ma/learning-circles' },
    });
    expect(byCalendar?.creator).toEqual({
      kind: 'community',
      site: 'Luma',
      name: 'Learning Circles',
      url: 'https://lu.ma/learning-circles',
      feeds: [],
    });
    const byHost = read(luma, 'https://lu.ma/ai-circle', { kind: 'event', authors: [{ name: 'Ada Lovelace' }] });
    expect(byHost?.creator).toMatchObject({ kind: 'person', name: 'Ada Lovelace' });
  });
});
