import { agent, authorAt, onHost, peopleOf, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'edX';
const ORIGIN = 'https://www.edx.org';
const PROGRAMS = new Set([
  'course',
  'certificates',
  'professional-certificate',
  'xseries',
  'masters',
  'bachelors',
  'executive-education',
  'boot-camps',
  'micromasters',
]);
const SUFFIX = /\s+\|\s+edX$/i;

/**
 * edX: courses and programs (a course, taught by the instructors the page names; /learn/subject/course
 * and learning.edx.org included), schools (organizations) and instructors' bios (people).
 */
export const edx: SiteAdapter = {
  id: 'edx',
  name: SITE,
  matches: (url) => onHost(url, 'edx.org'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const [first, second] = parts;
    if (!first || !second) return undefined;
    const instructors = peopleOf(SITE, page.authors);
    const course: SiteInfo = {
      site: SITE,
      type: 'course',
      kind: 'course',
      ...(instructors[0] && { creator: instructors[0], creators: instructors }),
    };
    if (onHost(url, 'learning.edx.org', 'courses.edx.org')) return /^course/.test(first) ? course : undefined;
    if (PROGRAMS.has(first) || (first === 'learn' && parts.length >= 3)) return course;
    const address = `${ORIGIN}/${first}/${encodeURIComponent(second)}`;
    if (first === 'school') {
      return {
        site: SITE,
        type: 'organization',
        kind: 'organization',
        subject: agent(SITE, 'organization', { name: strip(page.title, SUFFIX), url: address, image: page.image }),
      };
    }
    if (first === 'bio') {
      const self = authorAt(page, address) ?? authorAt(page, page.url);
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: self?.name ?? strip(page.title, SUFFIX),
          url: address,
          image: self?.image ?? page.image,
          sameAs: self?.sameAs,
        }),
      };
    }
    return undefined;
  },
};

// Test URLs:
// https://www.edx.org/learn/computer-science/harvard-university-cs50-s-introduction-to-computer-science
// https://www.edx.org/course/introduction-to-linux
// https://www.edx.org/school/harvardx
// https://www.edx.org/bio/david-j-malan
