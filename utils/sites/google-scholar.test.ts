import { describe, expect, it } from 'vitest';
import { googleScholar } from './google-scholar';
import { read, shape } from './test-page';

describe('google scholar', () => {
  it.each([
    ['https://scholar.google.com/citations?user=JicYPdAAAAAJ&hl=en', 'profile/person'],
    ['https://scholar.google.co.uk/citations?user=JicYPdAAAAAJ', 'profile/person'],
    ['https://scholar.google.com/citations?view_op=search_authors&mauthors=x', undefined],
    ['https://scholar.google.com/scholar?q=x', undefined],
    ['https://www.google.com/citations?user=JicYPdAAAAAJ', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(googleScholar, url))).toBe(expected));

  it('gives the researcher at the .com address, the user id as handle', () => {
    expect(
      read(googleScholar, 'https://scholar.google.de/citations?user=JicYPdAAAAAJ&hl=de', {
        title: 'Geoffrey Hinton - Google Scholar',
      })?.subject,
    ).toEqual({
      kind: 'person',
      site: 'Google Scholar',
      name: 'Geoffrey Hinton',
      url: 'https://scholar.google.com/citations?user=JicYPdAAAAAJ',
      handle: 'JicYPdAAAAAJ',
      feeds: [],
    });
  });
});
