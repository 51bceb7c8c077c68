import { MAX, clean, isoDate, meta, readMetas, type Metas } from './util';

/**
 * What the classic `<meta name=...>` tags say: authors, description, application name, dates,
 * subject tags, and whether the page is a scholarly work (the Google Scholar / Highwire
 * `citation_*` tags, Dublin Core and PRISM, as Zotero's embedded-metadata translator reads them).
 */
export interface MetaTags {
  /** `<meta name=author>` values, raw. */
  authors: string[];
  /** citation_author and DC.creator values: one person each, often "Last, First". */
  citationAuthors: string[];
  /** parsely-author, sailthru.author values, raw. */
  otherAuthors: string[];
  description?: string;
  applicationName?: string;
  /** `<meta name=publisher>`. */
  publisher?: string;
  /** The first date meta that parses, in this order. */
  publishedAt?: string;
  modifiedAt?: string;
  /** A scholarly work: citation_title, citation_doi, citation_journal_title, prism.doi, or a DC.type that says journal, thesis, preprint... */
  scholarly?: boolean;
  /** citation_title (else DC.title) of a scholarly work. */
  title?: string;
  /** The journal or proceedings a paper appeared in. */
  journal?: string;
  /** keywords, news_keywords, citation_keywords, DC.subject values, split at commas and semicolons. */
  keywords: string[];
  /** A code repository's page: go-import / go-source (Go's forge convention), GitHub's repository metadata. */
  repo?: boolean;
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
  'dc.issued',
  'dc.date.created',
  'dc.created',
  'dc.date',
  'date',
];
const MODIFIED = ['datemodified', 'article.updated', 'dc.date.modified', 'dc.modified', 'last-modified'];

export function readMetaTags(doc: Document, metas: Metas = readMetas(doc)): MetaTags {
  const all = (...keys: string[]) => keys.flatMap((key) => metas.get(key) ?? []).slice(0, 100);
  const first = (keys: string[]) => {
    for (const key of keys) {
      const d = isoDate(metas.get(key)?.[0]);
      if (d) return d;
    }
    return undefined;
  };
  const get = (...keys: string[]) => clean(meta(metas, ...keys), MAX.title);
  const has = (re: RegExp) => [...metas.keys()].some((k) => re.test(k));
  const scholarly =
    has(/^citation_(?:title|doi|journal_title)$|^prism\.doi$/) ||
    /journal|scholarly|preprint|thesis|dissertation|conference|proceedings|paper|report/i.test(get('dc.type') ?? '');
  return {
    authors: all('author'),
    citationAuthors: all('citation_author', 'dc.creator'),
    otherAuthors: all('parsely-author', 'sailthru.author'),
    description: clean(metas.get('description')?.[0], MAX.description),
    applicationName: clean(metas.get('application-name')?.[0], MAX.siteName),
    publisher: clean(metas.get('publisher')?.[0], MAX.siteName)?.replace(/^(?:https?:|www\.).*/i, '') || undefined,
    publishedAt: first(DATES),
    modifiedAt: first(MODIFIED),
    scholarly,
    title: scholarly ? get('citation_title', 'dc.title') : undefined,
    journal: get('citation_journal_title', 'citation_conference_title', 'prism.publicationname'),
    keywords: all('keywords', 'news_keywords', 'citation_keywords', 'dc.subject').flatMap((k) => k.split(/[,;]/)),
    repo: has(/^go-(?:import|source)$|repository_nwo$/),
  };
}
