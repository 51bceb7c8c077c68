import type { RawExtraction } from './extraction';
import { mergeAuthors, type AuthorCandidate } from './authors';
import { readByline, socialName, type Byline } from './byline';
import { readDocument } from './document';
import { isCommentsFeed, readFeeds, siteNameFromFeed, type PageFeed } from './feeds';
import { readJsonLd, type JsonLd, type LdAgent } from './jsonld';
import { classifyKind } from './kind';
import { readMetaTags } from './meta';
import { readMicrodata } from './microdata';
import { readMicroformats } from './microformats';
import { readOpenGraph } from './opengraph';
import { MAX, absUrl, clean, cleanText, langTag, readMetas, safely, textOf, type Skip } from './util';
import { nameKey } from '../text';

/**
 * Reads the page the user is capturing. Injected into the page: it takes the page's `document`
 * and `location.href`, never throws, and returns a plain object for `parseExtraction`.
 *
 * Precedence when the readers disagree (first present wins):
 * - title:       og:title > JSON-LD headline/name > twitter:title > citation_title (a scholarly
 *                page's) > <title> > microdata > microformats > <h1>; then a " | Site" / " - Site"
 *                suffix (or "Site | " prefix) naming the site is removed
 * - description: og:description > JSON-LD description > twitter:description > meta description
 * - siteName:    og:site_name > JSON-LD publisher.name > application-name > JSON-LD WebSite name >
 *                meta publisher > microdata publisher > the other half of a "Post | Site" <title>
 *                whose first half is the page's headline > the name in the site's feed title
 *                ("Site » Feed"); a trailing "(formerly …)" is dropped
 * - image:       og:image:secure_url > og:image > JSON-LD image/thumbnailUrl > twitter:image
 * - url:         link[rel=canonical] > og:url > JSON-LD mainEntityOfPage/url > page URL
 * - publishedAt: article:published_time (video:/music:release_date) > JSON-LD datePublished/
 *                uploadDate/dateCreated > microdata > citation_publication_date > ... > date
 *                (meta.ts) > microformats dt-published > the date in the byline near the
 *                headline (not on home pages nor on profiles: there it belongs to a listed post)
 * - modifiedAt:  article:modified_time/og:updated_time > JSON-LD dateModified > microdata >
 *                meta > microformats dt-updated
 * - duration:    JSON-LD duration > microdata duration > video:duration/music:duration
 * - lang:        <html lang> > JSON-LD inLanguage > og:locale
 * - kind:        strong JSON-LD or microdata type (but a plain article) > URL shape > og:type
 *                profile/book > scholarly tags > audio > repository metadata > representative
 *                h-card > article type > og:type > JSON-LD Person/Organization > og:video >
 *                article (kind.ts; the rules in README.md)
 * - authors:     on a profile (kind person, a channel with og:type profile, or a home page whose
 *                own h-card's u-url is the page: a personal site) the page's person first
 *                (JSON-LD mainEntity, h-card, profile:first_name/last_name, the "Name (@handle)"
 *                title), with rel=me links as its sameAs; then the first of
 *                JSON-LD author/creator > microdata author > microformats p-author >
 *                citation_author/DC.creator > meta author > article:author >
 *                parsely-author/sailthru.author > music:musician that names someone; the others
 *                only add urls, images and sameAs (authors.ts). When none names anyone: the
 *                byline near the headline > a "Name (@handle) on Site" title > twitter:creator.
 * - organizations: JSON-LD or microdata authors typed as organizations, then the organizations
 *                the deciding source names (an author named like the JSON-LD publisher), not the
 *                site itself
 * - publisher:   a paper's journal; else JSON-LD publisher (not a Person) with its url and logo,
 *                else the site name with the site's root URL; on content pages it gets the
 *                page's feeds on the same site that are not comment feeds
 * - keywords:    article:tag > JSON-LD keywords/about > rel=tag > meta keywords, each once
 * - channel:     for a video or an episode: JSON-LD partOfSeries / the video's author, else the
 *                microdata video's author
 * Relative URLs resolve against <base href>, else the page URL; only http(s) URLs are kept.
 */
export function extractPage(doc: Document, pageUrl: string, selection?: string): RawExtraction {
  const unreadable = safely(() => unreadableReason(doc), 'not-html' as const);
  if (unreadable) return { pageUrl, unreadable, kind: 'article', authors: [] };

  const skipped: string[] = [];
  const skip: Skip = (reason) => {
    if (skipped.length < 50 && !skipped.includes(reason)) skipped.push(reason.slice(0, 200));
  };
  const metas = safely(() => readMetas(doc, skip), new Map());
  // What a reader that throws (it should not) yields: nothing.
  const none = {
    authors: [],
    notPeople: [],
    orgs: [],
    keywords: [],
    types: [],
    tags: [],
    me: [],
    musicians: [],
    citationAuthors: [],
    otherAuthors: [],
  };
  const page = safely(() => readDocument(doc, pageUrl), { ...none, base: absUrl(pageUrl) });
  const { base } = page;
  const og = safely(() => readOpenGraph(doc, base, metas), none);
  const tags = safely(() => readMetaTags(doc, metas), none);
  const ld = safely((): JsonLd => readJsonLd(doc, base, skip), none);
  const md = safely(() => readMicrodata(doc, base), none);
  const url = page.canonical ?? og.url ?? ld.url ?? absUrl(pageUrl);
  const mf = safely(() => readMicroformats(doc, [url, absUrl(pageUrl)], base, page.me), none);
  const feeds = safely(() => readFeeds(doc, base), []);

  // A scholarly title before <title>; the <h1> when nothing else names the page.
  const titles = [og.title, ld.title, og.twitterTitle, tags.title, page.title, md.title, mf.title];
  const rawTitle = titles.find(Boolean) ?? safely(() => textOf(doc.querySelector('h1'), MAX.title), undefined);
  let bl: Byline | undefined;
  const byline = () => (bl ??= safely(() => readByline(doc, titles, base), { authors: [] }));

  const dated = og.publishedAt ?? ld.publishedAt ?? md.publishedAt ?? tags.publishedAt ?? mf.publishedAt;
  const kind = classifyKind({
    ldTypes: [...ld.types, ...md.types],
    ogType: og.type,
    urls: [url, pageUrl],
    dated: !!dated,
    video: og.video,
    scholarly: tags.scholarly,
    audio: og.audio || page.audio,
    repo: tags.repo,
    owner: mf.owner,
    news: !!(ld.news || md.news),
  });
  const agentPage = /^(?:person|organization|community|publication|channel)$/.test(kind);
  const home = safely(() => /^\/?$/.test(new URL(url ?? '').pathname), false);
  // The bylines and dates of a home page or a profile belong to the posts it lists.
  const visible = !agentPage && !home;

  let siteName = og.siteName ?? ld.publisher ?? tags.applicationName ?? ld.siteName ?? tags.publisher ?? md.publisher;
  // On a home page the headline is usually the site's name itself: no inference there.
  siteName ??= visible ? siteFromTitle(page.title ?? rawTitle, byline().headline) : undefined;
  const siteFeeds = feeds.filter((f) => !isCommentsFeed(f));
  siteName ??= siteFeeds.map(siteNameFromFeed).find(Boolean);
  siteName = clean(siteName?.replace(/\s*\((?:formerly|previously)\b[^)]*\)$/i, ''), MAX.siteName);

  // A home page whose own h-card is at the page's address is its owner's site: a profile too.
  const profile =
    kind === 'person' ||
    (kind === 'channel' && og.type === 'profile') ||
    (home && !!mf.card?.url && mf.card.url === url);
  const about: LdAgent | undefined = profile ? ld.about : undefined;
  const pagePerson: AuthorCandidate[] = profile
    ? [
        {
          name:
            about?.name ??
            mf.card?.name ??
            og.profileName ??
            socialName(og.title ?? page.title) ??
            stripSiteName(rawTitle, siteName) ??
            og.username,
          url,
          image: about?.image ?? mf.card?.image ?? og.image,
          sameAs: [...(about?.sameAs ?? []), ...page.me],
          whole: true,
        },
      ]
    : [];
  const names = (values: string[], whole?: boolean): AuthorCandidate[] => values.map((name) => ({ name, whole }));
  const notPeople = [...ld.notPeople, ...md.notPeople];
  const sources: AuthorCandidate[][] = [
    pagePerson,
    ld.authors,
    md.authors,
    mf.authors,
    names(tags.citationAuthors, true),
    names(tags.authors),
    names(og.authors),
    names(tags.otherAuthors),
    names(og.musicians),
    [{ url: page.authorUrl }],
  ];
  const orgNames: string[] = [];
  let authors = safely(() => mergeAuthors(sources, base, notPeople, orgNames), []);
  if (!authors.length) {
    const social = socialName(og.title ?? og.twitterTitle ?? page.title);
    const creator = og.twitterCreator;
    sources.push(
      visible ? byline().authors : [],
      social ? [{ name: social, whole: true }] : [],
      creator ? [{ name: `@${creator}`, url: `https://x.com/${creator}` }] : [],
    );
    authors = safely(() => mergeAuthors(sources, base, notPeople, orgNames), []);
  }

  const publishedAt = dated ?? (visible ? byline().publishedAt : undefined);
  // The JSON-LD publisher names the publication when it has its own address on the site (a
  // publication on a platform: platform.example/team-blog on "Platform"); otherwise the site is the publisher.
  const root = safely(() => new URL('/', url).href, undefined);
  const ldPub = ld.publisherAgent;
  const own =
    !!ldPub?.name && sameSiteUrl(ldPub.url, url) && safely(() => new URL(ldPub.url ?? '').pathname.length > 1, false);
  // A paper's publication is its journal.
  const journal = kind === 'paper' ? tags.journal : undefined;
  const publisherName = journal ?? (own ? ldPub.name : (siteName ?? ldPub?.name));
  const siteUrl = journal
    ? undefined
    : own
      ? ldPub.url
      : (ld.siteUrl ?? (sameSiteUrl(ldPub?.url, url) ? ldPub?.url : undefined) ?? root);
  // Feeds under an author's address ("/author/jane/feed") are the author's, not the site's.
  const authorPaths = authors.map(
    (a) => a.url && safely(() => new URL(a.url ?? '').href.replace(/\/?$/, '/'), undefined),
  );
  const sameSite = (f: PageFeed) =>
    !authorPaths.some((p) => p && p.length > (root?.length ?? 0) && f.url.startsWith(p)) &&
    (sameSiteUrl(f.url, siteUrl ?? url) || (!!siteName && nameKey(f.title).startsWith(nameKey(siteName))));
  const channel = ld.channel ?? md.channel;
  const isVideo = kind === 'video' || kind === 'podcast_episode';
  // Organizations credited with the page (an author typed as one, or named like one), once each;
  // not the site itself (a personal site's template may call its owner an organization).
  const orgs = distinct<{ name?: string; url?: string; image?: string }>(
    [...ld.orgs, ...md.orgs, ...orgNames.map((name) => (nameKey(ldPub?.name) === nameKey(name) && ldPub) || { name })],
    siteName,
  );

  return {
    pageUrl,
    url,
    title: stripSiteName(rawTitle, siteName),
    description: og.description ?? ld.description ?? og.twitterDescription ?? tags.description,
    siteName,
    image: og.image ?? ld.image ?? og.twitterImage,
    lang: page.lang ?? langTag(ld.lang) ?? og.lang,
    publishedAt,
    modifiedAt: og.modifiedAt ?? ld.modifiedAt ?? md.modifiedAt ?? tags.modifiedAt ?? mf.modifiedAt,
    duration: ld.duration ?? md.duration ?? og.duration,
    kind,
    authors,
    ...(publisherName && {
      publisher: {
        name: publisherName,
        url: siteUrl,
        image: ldPub?.image,
        feeds: agentPage ? [] : siteFeeds.filter(sameSite).slice(0, 10),
      },
    }),
    ...(isVideo &&
      channel?.name && { channel: { name: channel.name, url: channel.url, image: channel.image, feeds: [] } }),
    organizations: orgs.slice(0, 5).map((o) => ({ name: o.name, url: o.url, image: o.image, feeds: [] })),
    news: !!(ld.news || md.news),
    keywords: distinct([...og.tags, ...ld.keywords, ...page.tags, ...tags.keywords].map((name) => ({ name })))
      .map((k) => k.name)
      .slice(0, 30),
    feeds,
    skipped,
    selection: cleanText(selection, MAX.quote),
    // For single-page apps: where the document was loaded, and its current <title>; see freshness.ts.
    loadedUrl: safely(
      () => (doc.defaultView?.performance.getEntriesByType('navigation')[0] as { name?: string } | undefined)?.name,
      undefined,
    ),
    docTitle: page.title,
  };
}

/** The items that have a name, once each (names compared folded), none named like `not`. */
function distinct<T extends { name?: string | undefined }>(items: T[], not?: string): (T & { name: string })[] {
  const seen = new Set([nameKey(not)]);
  return items.filter((t): t is T & { name: string } => {
    const key = nameKey((t.name = clean(t.name, MAX.name)));
    return !seen.has(key) && !!seen.add(key);
  });
}

/** The registrable part of a host name, roughly: "feeds.example.co.uk" → "example.co.uk". */
function siteKey(url: string | undefined): string {
  const parts = safely(() => new URL(url ?? '').hostname.toLowerCase().split('.'), []);
  const n = parts.length >= 3 && (parts.at(-1)?.length ?? 0) === 2 && (parts.at(-2)?.length ?? 0) <= 3 ? 3 : 2;
  return parts.slice(-n).join('.');
}

const sameSiteUrl = (a: string | undefined, b: string | undefined) => !!siteKey(a) && siteKey(a) === siteKey(b);

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

/** The site's name in a "Post | Site" or "Site - Post" title whose other half is the page's headline. */
export function siteFromTitle(title: string | undefined, headline: string | undefined): string | undefined {
  const h = nameKey(headline);
  if (!title || !h) return undefined;
  for (const sep of SEPARATORS) {
    for (const i of [title.indexOf(sep), title.lastIndexOf(sep)]) {
      if (i <= 0) continue;
      const [a, b] = [title.slice(0, i), title.slice(i + sep.length)];
      const site = nameKey(a) === h ? b : nameKey(b) === h ? a : undefined;
      if (site && site.length <= 80) return clean(site, MAX.siteName);
    }
  }
  return undefined;
}
