import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { udemy } from './udemy';

describe('udemy', () => {
  it.each([
    ['https://www.udemy.com/course/the-web-developer-bootcamp/', 'course/course'],
    ['https://www.udemy.com/user/coltsteele/', 'profile/person'],
    ['https://www.udemy.com/courses/development/', undefined],
    ['https://www.udemy.com/', undefined],
    ['https://example.com/course/x', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(udemy, url))).toBe(expected));

  it("gives a course's instructors at their /user/ pages", () => {
    const info = read(udemy, 'https://www.udemy.com/course/the-web-developer-bootcamp/', {
      authors: [{ name: 'Colt Steele', url: 'https://www.udemy.com/user/coltsteele/' }],
    });
    expect(info?.creator).toEqual({
      kind: 'person',
      site: 'Udemy',
      name: 'Colt Steele',
      url: 'https://www.udemy.com/user/coltsteele/',
      handle: 'coltsteele',
      feeds: [],
    });
  });

  it("on an instructor's page: the person", () => {
    expect(
      read(udemy, 'https://www.udemy.com/user/coltsteele/', { title: 'Colt Steele | Udemy' })?.subject,
    ).toMatchObject({ kind: 'person', name: 'Colt Steele', handle: 'coltsteele' });
  });
});
