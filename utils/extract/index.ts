import type { RawExtraction } from './extraction';
import { mergeAuthors, type AuthorCandidate } from './authors';
import { readDocument } from './document';
import { readJsonLd, type JsonLd } from './jsonld';
import { classifyKind } from './kind';
import { readMetaTags } from './meta';
import { readOpenGraph } from './opengraph';
import { MAX, absUrl, cleanText, langTag, readMetas, safely } from './util';

/**
 * Reads the page the user is capturing. Injected into the page: it takes the page's `document`
 * and `location.href`, never throws, and returns a plain object for `parseExtraction`.
 *
 * Precedence when the readers disagree (first present wins):
 * - title:       og:title > JSON-LD headline/name > twitter:title > <title>; then a
 *                " | Site" / " - Site" suffix (or "Site | " prefix) naming the site is removed
 * - description: og:description > JSON-LD description > twitter:description > meta description
 * - siteName:    og:site_name > JSON-LD publisher.name > application-name > JSON-LD WebSite name
 * - image:       og:image:secure_url > og:image > JSON-LD image/thumbnailUrl > twitter:image
 * - url:         link[rel=canonical] > og:url > JSON-LD mainEntityOfPage/url > page URL
 * - publishedAt: article:published_time > JSON-LD datePublished/uploadDate/dateCreated >
 *                citation_publication_date > parsely-pub-date > ... > dc.date > date (meta.ts)
 * - lang:        <html lang> > JSON-LD inLanguage > og:locale
 * - kind:        strong JSON-LD type > URL shape > og:type > JSON-LD Person/Organization > article
 *                (kind.ts)
 * - authors:     the first of JSON-LD author/creator > citation_author > meta author >
 *                article:author > parsely-author/sailthru.author/dc.creator > twitter:creator
 *                that names someone; the others only add urls and images (authors.ts)
 * Relative URLs resolve against <base href>, else the page URL; only http(s) URLs are kept.
 */
export function extractPage(doc: Document, pageUrl: string, selection?: string): RawExtraction {
  const unreadable = safely(() => unreadableReason(doc), 'not-html' as const);
  if (unreadable) return { pageUrl, unreadable, kind: 'article', authors: [] };

  const metas = safely(() => readMetas(doc), new Map());
  const page = safely(() => readDocument(doc, pageUrl), { base: absUrl(pageUrl) });
  const { base } = page;
  const og = safely(() => readOpenGraph(doc, base, metas), { authors: [] });
  const tags = safely(() => readMetaTags(doc, metas), { authors: [], citationAuthors: [], otherAuthors: [] });
  const ld = safely((): JsonLd => readJsonLd(doc, base), { types: [], authors: [], notPeople: [] });

  const siteName = og.siteName ?? ld.publisher ?? tags.applicationName ?? ld.siteName;
  const url = page.canonical ?? og.url ?? ld.url ?? absUrl(pageUrl);
  const publishedAt = og.publishedAt ?? ld.publishedAt ?? tags.publishedAt;
  const names = (values: string[], whole?: boolean): AuthorCandidate[] => values.map((name) => ({ name, whole }));
  const authors = safely(
    () =>
      mergeAuthors(
        [
          ld.authors,
          names(tags.citationAuthors, true),
          names(tags.authors),
          names(og.authors),
          names(tags.otherAuthors),
          [{ url: page.authorUrl }],
          og.twitterCreator
            ? [{ name: `@${og.twitterCreator}`, url: `https://x.com/${og.twitterCreator}` }]
            : [],
        ],
        base,
        ld.notPeople,
      ),
    [],
  );

  return {
    pageUrl,
    url,
    title: stripSiteName(og.title ?? ld.title ?? og.twitterTitle ?? page.title, siteName),
    description: og.description ?? ld.description ?? og.twitterDescription ?? tags.description,
    siteName,
    image: og.image ?? ld.image ?? og.twitterImage,
    lang: page.lang ?? langTag(ld.lang) ?? og.lang,
    publishedAt,
    kind: classifyKind({ ldTypes: ld.types, ogType: og.type, urls: [url, pageUrl], dated: !!publishedAt }),
    authors,
    selection: cleanText(selection, MAX.quote),
  };
}

/**
 * 'pdf' for a PDF viewer, 'not-html' for images, plain text, XML and the like. Where the DOM
 * does not report a content type, a document whose root is <html> counts as HTML.
 */
function unreadableReason(doc: Document): 'pdf' | 'not-html' | undefined {
  const type = typeof doc.contentType === 'string' ? doc.contentType.toLowerCase() : '';
  if (type === 'application/pdf') return 'pdf';
  if (type) return type === 'text/html' || type === 'application/xhtml+xml' ? undefined : 'not-html';
  return doc.documentElement?.localName?.toLowerCase() === 'html' ? undefined : 'not-html';
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' :: ', ' » ', ': '];

/** "Post | Site", "Post - Site", "Site | Post" → "Post", when "Site" is the site's name. */
export function stripSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const t = title.toLowerCase();
  const s = siteName.toLowerCase();
  if (t.length !== title.length || s.length !== siteName.length) return title;
  for (const sep of SEPARATORS) {
    const rest = title.length - sep.length - s.length;
    if (rest <= 0) break;
    if (t.endsWith(sep + s)) return title.slice(0, rest).trim() || title;
    if (t.startsWith(s + sep)) return title.slice(s.length + sep.length).trim() || title;
  }
  return title;
}
