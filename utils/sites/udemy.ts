import { agent, authorAt, onHost, parseUrl, peopleOf, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Udemy';
const ORIGIN = 'https://www.udemy.com';

const userSlug = (url: string | undefined) => {
  const u = parseUrl(url);
  const [first, slug] = u && onHost(u, 'udemy.com') ? segments(u) : [];
  return first === 'user' ? slug : undefined;
};

/** Udemy: courses (taught by the instructors the page names, with their /user/ pages) and instructors' profiles. */
export const udemy: SiteAdapter = {
  id: 'udemy',
  name: SITE,
  matches: (url) => onHost(url, 'udemy.com'),
  read(url, page): SiteInfo | undefined {
    const [first, slug] = segments(url);
    if (!slug) return undefined;
    if (first === 'course') {
      const instructors = peopleOf(SITE, page.authors, (p) => {
        const handle = userSlug(p.url);
        return handle ? { handle, url: `${ORIGIN}/user/${encodeURIComponent(handle)}/` } : {};
      });
      return {
        site: SITE,
        type: 'course',
        kind: 'course',
        ...(instructors[0] && { creator: instructors[0], creators: instructors }),
      };
    }
    if (first !== 'user') return undefined;
    const url_ = `${ORIGIN}/user/${encodeURIComponent(slug)}/`;
    const self = authorAt(page, url_) ?? authorAt(page, page.url);
    return {
      site: SITE,
      type: 'profile',
      kind: 'person',
      subject: agent(SITE, 'person', {
        name: self?.name ?? strip(page.title, /\s+\|\s+Udemy$/i),
        url: url_,
        handle: slug,
        image: self?.image ?? page.image,
        sameAs: self?.sameAs,
      }),
    };
  },
};

// Test URLs:
// https://www.udemy.com/course/the-web-developer-bootcamp/
// https://www.udemy.com/user/coltsteele/
