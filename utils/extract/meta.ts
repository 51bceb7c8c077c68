import { MAX, clean, isoDate, readMetas, type Metas } from './util';

/** What the classic `<meta name=...>` tags say: authors, description, application name, dates. */
export interface MetaTags {
  /** `<meta name=author>` values, raw. */
  authors: string[];
  /** citation_author values (scholarly pages): one person each, often "Last, First". */
  citationAuthors: string[];
  /** parsely-author, sailthru.author, dc.creator / dcterms.creator values, raw. */
  otherAuthors: string[];
  description?: string;
  applicationName?: string;
  /** `<meta name=publisher>`. */
  publisher?: string;
  /** The first date meta that parses, in this order. */
  publishedAt?: string;
  modifiedAt?: string;
}

const DATES = [
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'parsely-pub-date',
  'sailthru.date',
  'datepublished',
  'article.published',
  'publish-date',
  'publish_date',
  'pubdate',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
];
const MODIFIED = ['datemodified', 'article.updated', 'dc.date.modified', 'dcterms.modified', 'last-modified'];

export function readMetaTags(doc: Document, metas: Metas = readMetas(doc)): MetaTags {
  const all = (...keys: string[]) => keys.flatMap((key) => metas.get(key) ?? []).slice(0, 100);
  const first = (keys: string[]) => {
    for (const key of keys) {
      const d = isoDate(metas.get(key)?.[0]);
      if (d) return d;
    }
    return undefined;
  };
  return {
    authors: all('author'),
    citationAuthors: all('citation_author'),
    otherAuthors: all('parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'),
    description: clean(metas.get('description')?.[0], MAX.description),
    applicationName: clean(metas.get('application-name')?.[0], MAX.siteName),
    publisher: clean(metas.get('publisher')?.[0], MAX.siteName)?.replace(/^(?:https?:|www\.).*/i, '') || undefined,
    publishedAt: first(DATES),
    modifiedAt: first(MODIFIED),
  };
}
