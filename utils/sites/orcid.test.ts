import { describe, expect, it } from 'vitest';
import { orcid } from './orcid';
import { read, shape } from './test-page';

describe('orcid', () => {
  it.each([
    ['https://orcid.org/0000-0002-1825-0097', 'profile/person'],
    ['https://orcid.org/0000-0002-1694-233X', 'profile/person'],
    ['https://orcid.org/signin', undefined],
    ['https://info.orcid.org/0000-0002-1825-0097', undefined],
    ['https://example.com/0000-0002-1825-0097', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(orcid, url))).toBe(expected));

  it('gives the researcher, named from the title, with the iD as handle', () => {
    expect(
      read(orcid, 'https://orcid.org/0000-0002-1825-0097', { title: 'Josiah Carberry (0000-0002-1825-0097) - ORCID' })
        ?.subject,
    ).toEqual({
      kind: 'person',
      site: 'ORCID',
      name: 'Josiah Carberry',
      url: 'https://orcid.org/0000-0002-1825-0097',
      handle: '0000-0002-1825-0097',
      feeds: [],
    });
  });
});
