import { agent, onHost, peopleOf, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'arXiv';
const ORIGIN = 'https://arxiv.org';
/** 2101.00001, 2101.00001v2, and the old archive/YYMMNNN (math.GT/0309136). */
const PAPER = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

/**
 * arXiv: papers (/abs/ID, /pdf/ID, /html/ID: a paper, by the authors its citation metadata names,
 * the first as creator), author pages (/a/id: a person, with their Atom feed) and category
 * listings (/list/cs.AI/…: with the category's RSS feed).
 */
export const arxiv: SiteAdapter = {
  id: 'arxiv',
  name: SITE,
  matches: (url) => onHost(url, 'arxiv.org') && !onHost(url, 'info.arxiv.org', 'rss.arxiv.org', 'blog.arxiv.org'),
  read(url, page): SiteInfo | undefined {
    const [first, ...rest] = segments(url);
    const id = rest.join('/').replace(/\.pdf$/, '');
    if ((first === 'abs' || first === 'pdf' || first === 'html') && PAPER.test(id)) {
      const authors = peopleOf(SITE, page.authors);
      return {
        site: SITE,
        type: 'paper',
        kind: 'paper',
        ...(authors[0] && { creator: authors[0], creators: authors }),
      };
    }
    const [second] = rest;
    if (first === 'a' && second && /^[\w-]{3,60}$/.test(second.replace(/\.html$/, ''))) {
      const author = second.replace(/\.html$/, '');
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: strip(page.title, /^arXiv\.org\s*[-:]\s*/i, /'s articles on arXiv$/i),
          url: `${ORIGIN}/a/${author}`,
          handle: author,
          feeds: [{ url: `${ORIGIN}/a/${author}.atom2`, type: 'atom' }],
        }),
      };
    }
    if (first === 'list' && second && CATEGORY.test(second)) {
      return {
        site: SITE,
        type: 'publication',
        kind: 'publication',
        subject: agent(SITE, 'publication', {
          name: `arXiv ${second}`,
          url: `${ORIGIN}/list/${second}/recent`,
          handle: second,
          feeds: [{ url: `https://rss.arxiv.org/rss/${second}`, type: 'rss' }],
        }),
      };
    }
    return undefined;
  },
};

// Test URLs:
// https://arxiv.org/abs/1706.03762
// https://arxiv.org/pdf/1706.03762v7
// https://arxiv.org/a/warner_s_1
// https://arxiv.org/list/cs.AI/recent
