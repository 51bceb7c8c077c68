import { describe, expect, it } from 'vitest';
import { coursera } from './coursera';
import { read, shape } from './test-page';

describe('coursera', () => {
  it.each([
    ['https://www.coursera.org/learn/machine-learning', 'course/course'],
    ['https://www.coursera.org/specializations/deep-learning', 'course/course'],
    ['https://www.coursera.org/professional-certificates/google-data-analytics', 'course/course'],
    ['https://www.coursera.org/instructor/andrewng', 'profile/person'],
    ['https://www.coursera.org/partners/stanford', 'organization/organization'],
    ['https://www.coursera.org/browse/data-science', undefined],
    ['https://www.coursera.org/', undefined],
    ['https://example.com/learn/machine-learning', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(coursera, url))).toBe(expected));

  it("gives a course's instructors, the first as creator", () => {
    const info = read(coursera, 'https://www.coursera.org/learn/machine-learning', {
      kind: 'course',
      authors: [{ name: 'Andrew Ng', url: 'https://www.coursera.org/instructor/andrewng' }, { name: 'Aarti Bagul' }],
    });
    expect(info?.creator).toEqual({
      kind: 'person',
      site: 'Coursera',
      name: 'Andrew Ng',
      url: 'https://www.coursera.org/instructor/andrewng',
      feeds: [],
    });
    expect(info?.creators?.map((c) => c.name)).toEqual(['Andrew Ng', 'Aarti Bagul']);
  });

  it("on an instructor's page: the person", () => {
    expect(
      read(coursera, 'https://www.coursera.org/instructor/andrewng', { title: 'Andrew Ng | Coursera' })?.subject,
    ).toMatchObject({ kind: 'person', name: 'Andrew Ng', handle: 'andrewng' });
  });
});
