import { describe, expect, it } from 'vitest';
import { edx } from './edx';
import { read, shape } from './test-page';

describe('edx', () => {
  it.each([
    [
      'https://www.edx.org/learn/computer-science/harvard-university-cs50-s-introduction-to-computer-science',
      'course/course',
    ],
    ['https://www.edx.org/course/introduction-to-linux', 'course/course'],
    ['https://www.edx.org/certificates/professional-certificate/harvardx-computer-science', 'course/course'],
    ['https://learning.edx.org/course/course-v1:HarvardX+CS50+X/home', 'course/course'],
    ['https://www.edx.org/school/harvardx', 'organization/organization'],
    ['https://www.edx.org/bio/david-j-malan', 'profile/person'],
    ['https://www.edx.org/learn/computer-science', undefined],
    ['https://www.edx.org/search?q=x', undefined],
    ['https://example.com/course/x', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(edx, url))).toBe(expected));

  it('gives instructors as creators, schools and bios as subjects', () => {
    const info = read(edx, 'https://www.edx.org/course/cs50', {
      authors: [{ name: 'David J. Malan', url: 'https://www.edx.org/bio/david-j-malan' }],
    });
    expect(info?.creator).toMatchObject({
      kind: 'person',
      name: 'David J. Malan',
      url: 'https://www.edx.org/bio/david-j-malan',
    });
    expect(read(edx, 'https://www.edx.org/school/harvardx', { title: 'HarvardX | edX' })?.subject).toMatchObject({
      kind: 'organization',
      name: 'HarvardX',
      url: 'https://www.edx.org/school/harvardx',
    });
  });
});
