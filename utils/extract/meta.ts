import { MAX, clean, isoDate, readMetas, type Metas } from './util';

/** What the classic `<meta name=...>` tags say: authors, description, application name, date. */
export interface MetaTags {
  /** `<meta name=author>` values, raw. */
  authors: string[];
  /** citation_author values (scholarly pages): one person each, often "Last, First". */
  citationAuthors: string[];
  /** parsely-author, sailthru.author, dc.creator / dcterms.creator values, raw. */
  otherAuthors: string[];
  description?: string;
  applicationName?: string;
  /** The first date meta that parses, in this order. */
  publishedAt?: string;
}

const DATES = [
  'citation_publication_date',
  'citation_date',
  'parsely-pub-date',
  'sailthru.date',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
];

export function readMetaTags(doc: Document, metas: Metas = readMetas(doc)): MetaTags {
  const all = (...keys: string[]) => keys.flatMap((key) => metas.get(key) ?? []).slice(0, 100);
  let publishedAt: string | undefined;
  for (const key of DATES) if ((publishedAt = isoDate(metas.get(key)?.[0]))) break;
  return {
    authors: all('author'),
    citationAuthors: all('citation_author'),
    otherAuthors: all('parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'),
    description: clean(metas.get('description')?.[0], MAX.description),
    applicationName: clean(metas.get('application-name')?.[0], MAX.siteName),
    publishedAt,
  };
}
