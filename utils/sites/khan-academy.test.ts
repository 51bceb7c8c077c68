import { describe, expect, it } from 'vitest';
import { khanAcademy } from './khan-academy';
import { read, shape } from './test-page';

describe('khan academy', () => {
  it.each([
    ['https://www.khanacademy.org/math/algebra', 'course/course'],
    [
      'https://www.khanacademy.org/math/algebra/x2f8bb11595b61c86:foundation-algebra/v/the-beauty-of-algebra',
      'video/video',
    ],
    ['https://www.khanacademy.org/humanities/us-history/a/the-columbian-exchange', 'post/article'],
    ['https://www.khanacademy.org/profile/ada', 'profile/person'],
    ['https://www.khanacademy.org/math', undefined],
    ['https://www.khanacademy.org/about/our-team', undefined],
    ['https://example.com/math/algebra', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(khanAcademy, url))).toBe(expected));

  it('credits the people the page names, else Khan Academy itself', () => {
    expect(read(khanAcademy, 'https://www.khanacademy.org/math/algebra/x/v/y')?.creator).toEqual({
      kind: 'organization',
      site: 'Khan Academy',
      name: 'Khan Academy',
      url: 'https://www.khanacademy.org/',
      feeds: [],
    });
    expect(
      read(khanAcademy, 'https://www.khanacademy.org/math/algebra/x/v/y', { authors: [{ name: 'Sal Khan' }] })?.creator,
    ).toMatchObject({ kind: 'person', name: 'Sal Khan' });
  });
});
