import { MAX, absUrl, clean, isoDate, langTag, meta, readMetas, type Metas } from './util';

/** What Open Graph (and its Twitter-card fallbacks) says about a page, cleaned and bounded. */
export interface OpenGraph {
  title?: string;
  description?: string;
  siteName?: string;
  /** og:image:secure_url, else og:image. */
  image?: string;
  url?: string;
  /** og:type, lower-cased ("article", "video.other", "profile"...). */
  type?: string;
  publishedAt?: string;
  lang?: string;
  /** Every article:author value, raw: each is a name or a profile URL. */
  authors: string[];
  twitterTitle?: string;
  twitterDescription?: string;
  twitterImage?: string;
  /** twitter:creator as a handle without "@", unless it is also twitter:site (the site's own account). */
  twitterCreator?: string;
}

const handle = (value: string | undefined) => /^@?(\w{1,30})$/.exec(value?.trim() ?? '')?.[1];

export function readOpenGraph(doc: Document, base?: string, metas: Metas = readMetas(doc)): OpenGraph {
  const get = (...keys: string[]) => meta(metas, ...keys);
  const creator = handle(get('twitter:creator'));
  return {
    title: clean(get('og:title'), MAX.title),
    description: clean(get('og:description'), MAX.description),
    siteName: clean(get('og:site_name'), MAX.siteName),
    image:
      absUrl(get('og:image:secure_url'), base) ?? absUrl(get('og:image', 'og:image:url'), base),
    url: absUrl(get('og:url'), base),
    type: clean(get('og:type'), 64)?.toLowerCase(),
    publishedAt: isoDate(get('article:published_time')),
    lang: langTag(get('og:locale')),
    authors: (metas.get('article:author') ?? []).slice(0, 50),
    twitterTitle: clean(get('twitter:title'), MAX.title),
    twitterDescription: clean(get('twitter:description'), MAX.description),
    twitterImage: absUrl(get('twitter:image', 'twitter:image:src'), base),
    twitterCreator:
      creator && creator.toLowerCase() !== handle(get('twitter:site'))?.toLowerCase() ? creator : undefined,
  };
}
