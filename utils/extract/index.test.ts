import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attr, dom, ld, page } from '../../tests/fixtures/extract/dom';
import { parseExtraction } from './extraction';
import { extractPage, stripSiteName } from './index';

const ARTICLE = readFileSync(new URL('../../tests/fixtures/extract/article.html', import.meta.url), 'utf8');
const PAGE_URL = 'https://blog.example.org/posts/learning-in-public?utm_source=feed';

/** The fixture without the lines that contain one of `needles` ('lang' drops <html lang>). */
const without = (...needles: string[]) =>
  dom(
    ARTICLE.replace(needles.includes('lang') ? ' lang="en-GB"' : '\0', '')
      .split('\n')
      .filter((line) => !needles.some((n) => n !== 'lang' && line.includes(n)))
      .join('\n'),
  );

describe('extractPage on a page where every reader disagrees', () => {
  it('follows the documented precedence', () => {
    expect(extractPage(dom(ARTICLE), PAGE_URL, '  A quote.  ')).toEqual({
      pageUrl: PAGE_URL,
      url: 'https://blog.example.org/posts/learning-in-public',
      title: 'Learning in public, the long way',
      description: 'Why writing notes in the open made me learn faster.',
      siteName: 'Example Blog',
      image: 'https://cdn.example.org/cover.jpg',
      lang: 'en-GB',
      publishedAt: '2024-03-01T09:00:00+00:00',
      kind: 'article',
      authors: [
        {
          name: 'Ada Lovelace',
          url: 'https://blog.example.org/authors/ada',
          image: 'https://blog.example.org/img/ada.png',
        },
      ],
      selection: 'A quote.',
    });
  });

  it('falls back reader by reader', () => {
    const noOg = extractPage(without('og:', 'article:', 'rel="canonical"'), PAGE_URL);
    expect(noOg).toMatchObject({
      title: 'JSON-LD headline',
      description: 'JSON-LD description.',
      siteName: 'Example Media Ltd',
      image: 'https://cdn.example.org/jsonld.jpg',
      url: 'https://blog.example.org/posts/learning-in-public',
      publishedAt: '2024-02-28',
      kind: 'article',
    });
    const noLd = extractPage(without('og:', 'article:', 'rel="canonical"', 'application/ld+json'), PAGE_URL);
    expect(noLd).toMatchObject({
      title: 'Twitter title',
      description: 'Twitter description.',
      siteName: 'ExampleApp',
      image: 'https://cdn.example.org/twitter.jpg',
      url: PAGE_URL,
      publishedAt: '2020-01-01',
      lang: 'en-GB',
    });
    const bare = extractPage(without('og:', 'article:', 'application/ld+json', 'twitter:', 'application-name', 'lang'), PAGE_URL);
    expect(bare).toMatchObject({ title: 'Learning in Public | Example Blog', description: 'Meta description.', image: undefined });
    expect(bare.lang).toBeUndefined();
  });

  it('takes og:url before the JSON-LD URL when there is no canonical link', () => {
    expect(extractPage(without('rel="canonical"'), PAGE_URL).url).toBe('https://blog.example.org/og-url');
  });

  it('takes the JSON-LD language before og:locale', () => {
    expect(extractPage(without('lang'), PAGE_URL).lang).toBe('fr');
  });

  it('uses the site-wide meta author only when JSON-LD names nobody', () => {
    const out = extractPage(without('"author": {'), PAGE_URL);
    // The article:author URL goes to the sole author; no name is made up from it.
    expect(out.authors).toEqual([{ name: 'Example Blog Team', url: 'https://social.example.net/ada' }]);
  });

  it('falls back to the twitter:creator handle when nothing else names an author', () => {
    const out = extractPage(without('"author": {', 'name="author"'), PAGE_URL);
    expect(out.authors).toEqual([{ name: '@ada', url: 'https://x.com/ada' }]);
  });

  it('passes parseExtraction unchanged', () => {
    const raw = extractPage(dom(ARTICLE), PAGE_URL, 'quote');
    expect(parseExtraction(raw)).toEqual(raw);
  });
});

describe('title', () => {
  it('drops a site-name suffix or prefix from <title>', () => {
    const doc = page(`<title>My Post — Example Blog</title><meta property="og:site_name" content="Example Blog">`);
    expect(extractPage(doc, 'https://example.org/p').title).toBe('My Post');
    expect(stripSiteName('Example Blog | My Post', 'example blog')).toBe('My Post');
    expect(stripSiteName('My Post - Example Blog', 'Example Blog')).toBe('My Post');
    expect(stripSiteName('Example Blog', 'Example Blog')).toBe('Example Blog');
    expect(stripSiteName('My Post | Other Site', 'Example Blog')).toBe('My Post | Other Site');
    expect(stripSiteName('Pre-Example Blog', 'Example Blog')).toBe('Pre-Example Blog');
    expect(stripSiteName('My Post | Example Blog', undefined)).toBe('My Post | Example Blog');
  });
});

describe('kind', () => {
  it('classifies from JSON-LD, og:type and the URL', () => {
    const video = page(`<meta property="og:type" content="video.other">`);
    expect(extractPage(video, 'https://example.org/v').kind).toBe('video');
    const episode = page(ld({ '@type': 'PodcastEpisode', name: 'Ep 1' }) + `<meta property="og:type" content="article">`);
    expect(extractPage(episode, 'https://example.org/e').kind).toBe('podcast_episode');
    expect(extractPage(page('<title>x</title>'), 'https://www.youtube.com/watch?v=x').kind).toBe('video');
    const org = page(ld({ '@type': 'Organization', name: 'Org' }));
    expect(extractPage(org, 'https://example.org/').kind).toBe('organization');
    const datedOrg = page(ld({ '@type': 'Organization', name: 'Org' }) + `<meta name="date" content="2024-01-01">`);
    expect(extractPage(datedOrg, 'https://example.org/post').kind).toBe('article');
  });
});

describe('unreadable documents', () => {
  it('reports a PDF', () => {
    expect(extractPage(dom('<html><body><embed type="application/pdf"></body></html>', 'application/pdf'), 'https://example.org/a.pdf')).toEqual({
      pageUrl: 'https://example.org/a.pdf',
      unreadable: 'pdf',
      kind: 'article',
      authors: [],
    });
  });

  it.each(['text/plain', 'image/png', 'text/xml', 'application/json'])('reports %s as not HTML', (type) => {
    expect(extractPage(dom('<html><head><title>x</title></head></html>', type), 'https://example.org/x').unreadable).toBe('not-html');
  });

  it('reads HTML and XHTML', () => {
    expect(extractPage(dom('<html><head><title>x</title></head></html>', 'text/html'), 'https://example.org/').title).toBe('x');
    expect(extractPage(dom('<html><head><title>x</title></head></html>', 'application/xhtml+xml'), 'https://example.org/').unreadable).toBeUndefined();
  });

  it('without a content type, reads a document with an <html> root and nothing else', () => {
    expect(extractPage(dom('<html><head><title>x</title></head></html>'), 'https://example.org/').title).toBe('x');
    const xml = new DOMParser().parseFromString('<rss><channel><title>x</title></channel></rss>', 'text/xml') as unknown as Document;
    expect(extractPage(xml, 'https://example.org/feed.xml').unreadable).toBe('not-html');
  });
});

describe('selection', () => {
  it('is trimmed, keeps line breaks and is capped at 5000 characters', () => {
    const doc = page('<title>x</title>');
    expect(extractPage(doc, 'https://example.org/', '\n  first line\n\n\n\nsecond\u200B line  ').selection).toBe('first line\n\nsecond line');
    expect(extractPage(doc, 'https://example.org/', 'q'.repeat(20_000)).selection).toHaveLength(5_000);
    expect(extractPage(doc, 'https://example.org/', '   ').selection).toBeUndefined();
    expect(extractPage(doc, 'https://example.org/').selection).toBeUndefined();
  });
});

describe('hostile pages', () => {
  it('bounds a 1 MB meta value, quickly', () => {
    const huge = 'x'.repeat(1_000_000);
    const doc = page(
      `<meta property="og:title" content="${huge}"><meta name="description" content="${huge}">
       <meta name="author" content="${'Jane Doe and '.repeat(80_000)}"><meta property="og:image" content="https://example.org/${huge}">`,
    );
    const start = performance.now();
    const out = extractPage(doc, 'https://example.org/');
    expect(performance.now() - start).toBeLessThan(250);
    expect(out.title).toHaveLength(500);
    expect(out.description).toHaveLength(2_000);
    expect(out.image).toBeUndefined();
    expect(out.authors).toEqual([{ name: 'Jane Doe' }]);
  });

  it('stays fast with 5,000 meta tags', () => {
    const metas = Array.from({ length: 5_000 }, (_, i) => `<meta name="m${i}" content="v${i}"><meta property="article:author" content="Person${i} Name">`).join('');
    const doc = page(`<meta property="og:title" content="Real title">${metas}`);
    const start = performance.now();
    const out = extractPage(doc, 'https://example.org/');
    expect(performance.now() - start).toBeLessThan(500);
    expect(out.title).toBe('Real title');
    expect((out.authors as unknown[]).length).toBeLessThanOrEqual(20);
  });

  it('keeps markup in names as plain text, without control or zero-width characters', () => {
    const doc = page(`<meta name="author" content="${attr('<img src=x onerror=alert(1)>\u200B\u0007')}">`);
    const out = extractPage(doc, 'https://example.org/');
    expect(out.authors).toEqual([{ name: '<img src=x onerror=alert(1)>' }]);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('handles "By Jane Doe and John Roe", "Staff", e-mail addresses and Organization authors', () => {
    const doc = page(
      ld({ '@type': 'Article', author: [{ '@type': 'Organization', name: 'Daily News' }, 'Staff'] }) +
        `<meta name="author" content="Daily News"><meta name="author" content="By Jane Doe and John Roe">
         <meta name="author" content="jane@example.org">`,
    );
    expect(extractPage(doc, 'https://example.org/').authors).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
  });

  it('ignores JSON-LD of the wrong shape next to invalid JSON-LD', () => {
    const doc = page(ld('{"@type": "Article", "headline": "broken"') + ld({ '@type': 'Article', headline: 7, author: 42, image: {} }) + '<title>Fallback</title>');
    expect(extractPage(doc, 'https://example.org/')).toMatchObject({ title: 'Fallback', image: undefined, authors: [] });
  });

  it('never throws, even when the DOM does', () => {
    const explode = () => {
      throw new Error('boom');
    };
    const doc = new Proxy(dom('<html><head><title>x</title></head></html>', 'text/html'), {
      get: (target, prop) => (prop === 'contentType' ? 'text/html' : typeof prop === 'string' && prop.startsWith('query') ? explode : Reflect.get(target, prop)),
    });
    const out = extractPage(doc, 'https://example.org/p');
    expect(out).toMatchObject({ pageUrl: 'https://example.org/p', url: 'https://example.org/p', kind: 'article', authors: [] });
    const broken = new Proxy({}, { get: explode }) as Document;
    expect(extractPage(broken, 'https://example.org/p')).toMatchObject({ unreadable: 'not-html' });
  });

  it('copes with a page URL that is not http(s)', () => {
    const doc = page(`<link rel="canonical" href="/x"><meta property="og:image" content="/i.png">`);
    expect(extractPage(doc, 'about:blank')).toMatchObject({ pageUrl: 'about:blank', url: undefined, image: undefined });
  });
});
