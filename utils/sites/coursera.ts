import { agent, authorAt, onHost, peopleOf, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Coursera';
const ORIGIN = 'https://www.coursera.org';
const COURSES = new Set([
  'learn',
  'specializations',
  'professional-certificates',
  'projects',
  'degrees',
  'mastertrack',
]);
const SUFFIX = /\s+\|\s+Coursera$/i;

/**
 * Coursera: courses, specializations, certificates, projects and degrees (a course, taught by the
 * instructors the page names), instructors' pages (people), partners (organizations).
 */
export const coursera: SiteAdapter = {
  id: 'coursera',
  name: SITE,
  matches: (url) => onHost(url, 'coursera.org'),
  read(url, page): SiteInfo | undefined {
    const [first, slug] = segments(url);
    if (!first || !slug) return undefined;
    if (COURSES.has(first)) {
      const instructors = peopleOf(SITE, page.authors);
      return {
        site: SITE,
        type: 'course',
        kind: 'course',
        ...(instructors[0] && { creator: instructors[0], creators: instructors }),
      };
    }
    const address = `${ORIGIN}/${first}/${encodeURIComponent(slug)}`;
    if (first === 'instructor' || first === 'user') {
      const self = authorAt(page, address) ?? authorAt(page, page.url);
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: self?.name ?? strip(page.title, SUFFIX),
          url: address,
          handle: first === 'instructor' ? slug : undefined,
          image: self?.image ?? page.image,
          sameAs: self?.sameAs,
        }),
      };
    }
    if (first === 'partners') {
      return {
        site: SITE,
        type: 'organization',
        kind: 'organization',
        subject: agent(SITE, 'organization', { name: strip(page.title, SUFFIX), url: address, image: page.image }),
      };
    }
    return undefined;
  },
};

// Test URLs:
// https://www.coursera.org/learn/machine-learning
// https://www.coursera.org/specializations/deep-learning
// https://www.coursera.org/instructor/andrewng
// https://www.coursera.org/partners/stanford
