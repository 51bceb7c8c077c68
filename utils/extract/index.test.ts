import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attr, dom, ld, page } from '../../tests/fixtures/extract/dom';
import { parseExtraction } from './extraction';
import { extractPage, siteFromTitle, stripSiteName } from './index';

const ARTICLE = readFileSync(new URL('../../tests/fixtures/extract/article.html', import.meta.url), 'utf8');
const fixture = (name: string) =>
  dom(readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8'));
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
      docTitle: 'Learning in Public | Example Blog',
      loadedUrl: undefined,
      description: 'Why writing notes in the open made me learn faster.',
      siteName: 'Example Blog',
      image: 'https://cdn.example.org/cover.jpg',
      lang: 'en-GB',
      publishedAt: '2024-03-01T09:00:00+00:00',
      modifiedAt: '2024-03-02T10:00:00Z',
      duration: undefined,
      kind: 'article',
      authors: [
        {
          name: 'Ada Lovelace',
          url: 'https://blog.example.org/authors/ada',
          image: 'https://blog.example.org/img/ada.png',
          sameAs: ['https://social.example.net/@ada'],
        },
      ],
      // The JSON-LD publisher has no address of its own on the site: the site is the publisher.
      publisher: {
        name: 'Example Blog',
        url: 'https://blog.example.org/',
        image: 'https://blog.example.org/img/logo.png',
        feeds: [{ url: 'https://blog.example.org/feed.xml', title: 'Example Blog » Feed', type: 'rss' }],
      },
      feeds: [
        { url: 'https://blog.example.org/feed.xml', title: 'Example Blog » Feed', type: 'rss' },
        {
          url: 'https://blog.example.org/posts/learning-in-public/comments/feed',
          title: 'Example Blog » Learning in Public Comments Feed',
          type: 'rss',
        },
        {
          url: 'https://blog.example.org/authors/ada/feed',
          title: 'Example Blog » Posts by Ada Lovelace Feed',
          type: 'atom',
        },
      ],
      organizations: [],
      news: false,
      // The page's own tags, in reader order, each once: article:tag, JSON-LD keywords and about,
      // rel=tag links, meta keywords.
      keywords: ['Learning', 'Note taking', 'Public writing', 'Metacognition', 'Notes', 'blogging'],
      skipped: [],
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
    const bare = extractPage(
      without('og:', 'article:', 'application/ld+json', 'twitter:', 'application-name', 'lang'),
      PAGE_URL,
    );
    // No site name in the metadata: the <title> half that is not the headline (<h1>) names the site.
    expect(bare).toMatchObject({
      title: 'Learning in Public',
      siteName: 'Example Blog',
      description: 'Meta description.',
      image: undefined,
    });
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
    expect(out.authors).toEqual([{ name: 'Pat Sitewide', url: 'https://social.example.net/ada' }]);
  });

  it('falls back to the byline near the headline when no metadata names an author', () => {
    const out = extractPage(without('"author": {', 'name="author"'), PAGE_URL);
    expect(out.authors).toEqual([{ name: 'Ada Lovelace', url: 'https://social.example.net/ada' }]);
  });

  it('falls back to the twitter:creator handle when nothing else names an author', () => {
    const out = extractPage(without('"author": {', 'name="author"', 'By Ada'), PAGE_URL);
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

describe('site name', () => {
  it('falls back to the other half of a "Site - Post" title whose post half is the headline, then to the feed title', () => {
    const byTitle = extractPage(
      page('<title>Field Notes - Why we forget</title>', '<h1>Why we forget</h1>'),
      'https://example.org/p',
    );
    expect(byTitle).toMatchObject({ siteName: 'Field Notes', title: 'Why we forget' });
    const byFeed = page(
      '<title>Why we forget</title><link rel="alternate" type="application/rss+xml" title="Field Notes » Feed" href="/feed">',
    );
    expect(extractPage(byFeed, 'https://example.org/p').siteName).toBe('Field Notes');
    expect(siteFromTitle('Post | Site', 'post')).toBe('Site');
    expect(siteFromTitle('Site: Post', 'Post')).toBe('Site');
    expect(siteFromTitle('Post | Site', 'Other')).toBeUndefined();
  });

  it('reads <meta name=publisher> and drops a "(formerly …)" suffix', () => {
    expect(extractPage(page('<meta name="publisher" content="Wire Daily">'), 'https://example.org/p').siteName).toBe(
      'Wire Daily',
    );
    expect(
      extractPage(page('<meta name="publisher" content="https://plus.example.com/123">'), 'https://example.org/p')
        .siteName,
    ).toBeUndefined();
    const renamed = page('<meta property="og:site_name" content="Y (formerly Zed)">');
    expect(extractPage(renamed, 'https://example.org/p').siteName).toBe('Y');
  });

  it('names the publication from JSON-LD when it has its own address on the site (a publication on a platform)', () => {
    const doc = page(
      `<meta property="og:site_name" content="Platform">` +
        ld({
          '@type': 'NewsArticle',
          headline: 'H',
          publisher: { '@type': 'Organization', name: 'Team Blog', url: 'https://platform.example/team-blog' },
        }),
    );
    expect(extractPage(doc, 'https://platform.example/team-blog/h-123')).toMatchObject({
      siteName: 'Platform',
      publisher: { name: 'Team Blog', url: 'https://platform.example/team-blog' },
    });
  });
});

describe('pages of every kind', () => {
  it('a profile: the person from JSON-LD, with JSON-LD sameAs and rel=me links; no byline', () => {
    const out = extractPage(fixture('profile.html'), 'https://social.example.net/@grace?ref=x');
    expect(out).toMatchObject({
      kind: 'person',
      url: 'https://social.example.net/@grace',
      authors: [
        {
          name: 'Grace Hopper',
          url: 'https://social.example.net/@grace',
          image: 'https://cdn.example.net/avatars/grace.jpg',
          sameAs: [
            'https://code.example.com/grace',
            'https://grace.example.org/',
            'https://video.example.com/@gracehopper',
          ],
        },
      ],
      publisher: { name: 'Example Social', feeds: [] },
      feeds: [{ url: 'https://social.example.net/@grace.rss', title: "Grace Hopper's posts", type: 'rss' }],
    });
  });

  it('a profile without JSON-LD: profile:first_name/last_name, then the "Name (@handle)" title', () => {
    const og = page(
      `<meta property="og:type" content="profile"><meta property="profile:first_name" content="Ada"><meta property="profile:last_name" content="Lovelace">`,
    );
    expect(extractPage(og, 'https://example.org/ada').authors).toEqual([
      { name: 'Ada Lovelace', url: 'https://example.org/ada' },
    ]);
    const titled = page(
      `<meta property="og:type" content="profile"><meta property="og:title" content="Ada L. (@ada) • Example">`,
    );
    expect(extractPage(titled, 'https://example.org/ada').authors).toEqual([
      { name: 'Ada L.', url: 'https://example.org/ada' },
    ]);
  });

  it("a personal site's home page: its own h-card (u-url at the page) is the person, with rel=me links", () => {
    const doc = page(
      `<title>Ada Lovelace</title><link rel="me" href="https://social.example.net/@ada">`,
      `<div class="h-card"><img class="u-photo" src="/ada.jpg" alt=""><a class="p-name u-url" href="/">Ada Lovelace</a></div>`,
    );
    expect(extractPage(doc, 'https://ada.example/').authors).toEqual([
      {
        name: 'Ada Lovelace',
        url: 'https://ada.example/',
        image: 'https://ada.example/ada.jpg',
        sameAs: ['https://social.example.net/@ada'],
      },
    ]);
    // The same card on an inner page, or a card pointing elsewhere, is not the page's person.
    expect(extractPage(doc, 'https://ada.example/notes/1').authors).toEqual([]);
  });

  it('rel=me only counts on a profile', () => {
    const doc = page(`<link rel="me" href="https://social.example.net/@site"><meta name="author" content="Jane Doe">`);
    expect(extractPage(doc, 'https://example.org/post').authors).toEqual([{ name: 'Jane Doe' }]);
  });

  it('a video: microdata author as channel, duration, og:video release date', () => {
    const out = extractPage(fixture('video.html'), 'https://video.example.com/watch/abc123?t=1');
    expect(out).toMatchObject({
      kind: 'video',
      publishedAt: '2023-05-06T07:08:09+02:00',
      duration: 'PT12M34S',
      authors: [{ name: 'Compiler Club', url: 'https://video.example.com/@compilerclub' }],
      channel: { name: 'Compiler Club', url: 'https://video.example.com/@compilerclub', feeds: [] },
    });
  });

  it('a page that only announces a video (og:video) is a video', () => {
    const doc = page(
      `<meta property="og:video" content="https://example.org/v.mp4"><meta property="video:duration" content="90">`,
    );
    expect(extractPage(doc, 'https://example.org/v')).toMatchObject({ kind: 'video', duration: 'PT1M30S' });
  });

  it('a podcast episode: its show from partOfSeries', () => {
    const out = extractPage(fixture('episode.html'), 'https://show.example.org/12');
    expect(out).toMatchObject({
      kind: 'podcast_episode',
      duration: 'PT45M10S',
      channel: {
        name: 'The Learning Show',
        url: 'https://show.example.org/',
        image: 'https://show.example.org/cover.png',
      },
      authors: [{ name: 'Ada Host' }],
    });
  });

  it('a post marked up with microformats', () => {
    expect(extractPage(fixture('microformats.html'), 'https://notes.example.org/posts/1')).toMatchObject({
      title: 'Notes on spaced repetition',
      publishedAt: '2023-11-05T08:00:00Z',
      modifiedAt: '2023-12-01',
      authors: [{ name: 'Lin Yu', url: 'https://lin.example.org/', image: 'https://notes.example.org/lin.jpg' }],
    });
  });

  it('a post with nothing but a visible byline', () => {
    const out = extractPage(fixture('byline.html'), 'https://fieldnotes.example.org/2018/06/why-we-forget/');
    expect(out).toMatchObject({
      title: 'Why we forget, and what to do about it',
      siteName: 'Field Notes Weekly',
      publishedAt: '2018-06-03',
      authors: [
        { name: 'Jane Doe', url: 'https://fieldnotes.example.org/author/jane-doe/' },
        { name: 'John Roe', url: 'https://fieldnotes.example.org/author/john-roe/' },
      ],
      publisher: {
        name: 'Field Notes Weekly',
        url: 'https://fieldnotes.example.org/',
        feeds: [{ url: 'https://fieldnotes.example.org/feed/' }],
      },
    });
  });

  it('a listing takes no author and no date from the posts it lists, nor does a home page', () => {
    const out = extractPage(fixture('listing.html'), 'https://fieldnotes.example.org/tag/memory/');
    expect(out).toMatchObject({ title: 'Tag: memory', siteName: 'Field Notes Weekly', authors: [] });
    expect(out.publishedAt).toBeUndefined();
    const home = extractPage(fixture('byline.html'), 'https://fieldnotes.example.org/');
    expect(home).toMatchObject({ authors: [] });
    expect(home.publishedAt).toBeUndefined();
  });
});

describe('kind', () => {
  it('classifies from JSON-LD, og:type and the URL', () => {
    const video = page(`<meta property="og:type" content="video.other">`);
    expect(extractPage(video, 'https://example.org/v').kind).toBe('video');
    const episode = page(
      ld({ '@type': 'PodcastEpisode', name: 'Ep 1' }) + `<meta property="og:type" content="article">`,
    );
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
    expect(
      extractPage(
        dom('<html><body><embed type="application/pdf"></body></html>', 'application/pdf'),
        'https://example.org/a.pdf',
      ),
    ).toEqual({
      pageUrl: 'https://example.org/a.pdf',
      unreadable: 'pdf',
      kind: 'article',
      authors: [],
    });
  });

  it.each(['text/plain', 'image/png', 'text/xml', 'application/json'])('reports %s as not HTML', (type) => {
    expect(
      extractPage(dom('<html><head><title>x</title></head></html>', type), 'https://example.org/x').unreadable,
    ).toBe('not-html');
  });

  it('reads HTML and XHTML', () => {
    expect(
      extractPage(dom('<html><head><title>x</title></head></html>', 'text/html'), 'https://example.org/').title,
    ).toBe('x');
    expect(
      extractPage(dom('<html><head><title>x</title></head></html>', 'application/xhtml+xml'), 'https://example.org/')
        .unreadable,
    ).toBeUndefined();
  });

  it('without a content type, reads a document with an <html> root and nothing else', () => {
    expect(extractPage(dom('<html><head><title>x</title></head></html>'), 'https://example.org/').title).toBe('x');
    const xml = new DOMParser().parseFromString(
      '<rss><channel><title>x</title></channel></rss>',
      'text/xml',
    ) as unknown as Document;
    expect(extractPage(xml, 'https://example.org/feed.xml').unreadable).toBe('not-html');
  });
});

describe('selection', () => {
  it('is trimmed, keeps line breaks and is capped at 5000 characters', () => {
    const doc = page('<title>x</title>');
    expect(extractPage(doc, 'https://example.org/', '\n  first line\n\n\n\nsecond\u200B line  ').selection).toBe(
      'first line\n\nsecond line',
    );
    expect(extractPage(doc, 'https://example.org/', 'q'.repeat(20_000)).selection).toHaveLength(5_000);
    expect(extractPage(doc, 'https://example.org/', '   ').selection).toBeUndefined();
    expect(extractPage(doc, 'https://example.org/').selection).toBeUndefined();
  });
});

describe('hostile pages', () => {
  it('bounds a 1 MB meta value (its time: scripts/bench-hostile.mjs)', () => {
    const huge = 'x'.repeat(1_000_000);
    const doc = page(
      `<meta property="og:title" content="${huge}"><meta name="description" content="${huge}">
       <meta name="author" content="${'Jane Doe and '.repeat(80_000)}"><meta property="og:image" content="https://example.org/${huge}">`,
    );
    const out = extractPage(doc, 'https://example.org/');
    expect(out.title).toHaveLength(500);
    expect(out.description).toHaveLength(2_000);
    expect(out.image).toBeUndefined();
    expect(out.authors).toEqual([{ name: 'Jane Doe' }]);
  });

  // Parsing 50 MB of markup in jsdom is slow on a busy machine: only a hang fails (its time: npm run bench).
  it('bounds a 10 MB string wherever it is, and says what it skipped', () => {
    const ten = 'Ab\u200Bc '.repeat(2_500_000);
    const doc = page(
      `<title>${ten}</title><meta property="og:description" content="${ten}">` +
        ld({ '@type': 'Article', headline: ten }) +
        ld({
          '@type': 'Article',
          headline: 'Small',
          author: { '@type': 'Person', name: 'Jane Doe', sameAs: ['https://social.example.net/@jane'] },
        }),
      `<h1>${ten}</h1><p class="byline">${ten}</p><div itemscope itemtype="https://schema.org/Article"><span itemprop="author">${ten}</span></div>`,
    );
    const out = extractPage(doc, 'https://example.org/p');
    expect(out.title).toBe('Small');
    expect(out.description?.length).toBeGreaterThan(1_990);
    expect(out.description?.length).toBeLessThanOrEqual(2_000);
    expect(out.description).not.toContain('\u200B');
    expect(out.authors).toEqual([{ name: 'Jane Doe', url: 'https://social.example.net/@jane' }]);
    expect(out.skipped).toEqual(['json-ld: script 1 over 1000000 characters']);
  }, 60_000);

  it('reports thousands of meta tags and invalid JSON-LD in `skipped`, and still reads the rest', () => {
    const metas = Array.from({ length: 3_500 }, (_, i) => `<meta name="m${i}" content="v">`).join('');
    const doc = page(
      `<meta property="og:title" content="Real title">${metas}` +
        ld('{ "@type": "Article", "headline": ') +
        ld({ '@type': 'Article', author: 'Jane Doe' }),
    );
    const out = extractPage(doc, 'https://example.org/p');
    expect(out).toMatchObject({ title: 'Real title', authors: [{ name: 'Jane Doe' }] });
    expect(out.skipped).toEqual(['meta: over 3000 tags, rest ignored', 'json-ld: invalid JSON in script 1']);
    expect(parseExtraction(out).skipped).toEqual(out.skipped);
  });

  it('survives reference cycles through author, publisher, partOfSeries and mainEntity', () => {
    const doc = page(
      ld({
        '@graph': [
          {
            '@type': 'PodcastEpisode',
            '@id': '#e',
            name: 'Ep',
            partOfSeries: { '@id': '#s' },
            author: { '@id': '#p' },
            publisher: { '@id': '#e' },
            mainEntity: { '@id': '#e' },
          },
          {
            '@type': 'PodcastSeries',
            '@id': '#s',
            name: 'Show',
            url: { '@id': '#s' },
            partOfSeries: { '@id': '#e' },
            image: { '@id': '#s' },
          },
          { '@type': 'Person', '@id': '#p', name: 'Host', sameAs: { '@id': '#p' }, author: { '@id': '#e' } },
        ],
      }),
    );
    const out = extractPage(doc, 'https://example.org/e');
    expect(out).toMatchObject({
      kind: 'podcast_episode',
      title: 'Ep',
      authors: [{ name: 'Host' }],
      channel: { name: 'Show' },
    });
  });

  it('keeps markup as text and drops control and zero-width characters in every reader', () => {
    const evil = attr('<script>alert(1)</script>\u200B\u0007\u202E');
    const doc = page(
      `<title>Post</title><meta property="og:site_name" content="${evil}Site">`,
      `<div itemscope itemtype="https://schema.org/Article"><span itemprop="author">&lt;b&gt;Jane\u200B Doe&lt;/b&gt;\u0000</span></div>
       <div class="h-card"><span class="p-name">&lt;i&gt;Card&lt;/i&gt;</span></div>`,
    );
    const out = extractPage(doc, 'https://example.org/p');
    expect(out.siteName).toBe('<script>alert(1)</script>Site');
    expect(out.authors).toEqual([{ name: '<b>Jane Doe</b>' }]);
    expect(doc.querySelector('script')).toBeNull();
  });

  it('returns only fields that validate unchanged, on every fixture', () => {
    for (const [name, url] of [
      ['article.html', PAGE_URL],
      ['profile.html', 'https://social.example.net/@grace'],
      ['video.html', 'https://video.example.com/watch/abc123'],
      ['episode.html', 'https://show.example.org/12'],
      ['microformats.html', 'https://notes.example.org/posts/1'],
      ['byline.html', 'https://fieldnotes.example.org/2018/06/why-we-forget/'],
      ['listing.html', 'https://fieldnotes.example.org/tag/memory/'],
    ] as const) {
      const raw = extractPage(fixture(name), url);
      const parsed = parseExtraction(raw);
      expect(JSON.parse(JSON.stringify(parsed)), name).toEqual(
        JSON.parse(JSON.stringify({ ...raw, authors: parsed.authors })),
      );
      expect(
        parsed.authors.map(({ sameAs, ...a }) => ({ ...a, ...(sameAs.length && { sameAs }) })),
        name,
      ).toEqual(JSON.parse(JSON.stringify(raw.authors)));
    }
  });

  it('bounds every field and list, whatever the page piles up', () => {
    const long = `${'<b>x</b>\u200B\u0007 '.repeat(300)}`;
    const people = Array.from({ length: 120 }, (_, i) => ({
      '@type': 'Person',
      name: `Person${String.fromCharCode(65 + (i % 26))} Name${i} ${long}`,
      url: `/p/${i}`,
      sameAs: Array.from({ length: 60 }, (_, j) => `https://s${j}.example.net/${i}`),
    }));
    const feeds = Array.from(
      { length: 60 },
      (_, i) => `<link rel="alternate" type="application/rss+xml" title="${long}" href="/f${i}">`,
    ).join('');
    const bad = Array.from({ length: 80 }, () => ld('{ nope')).join('');
    const doc = page(
      `<meta property="og:title" content="${attr(long)}"><meta property="og:site_name" content="${attr(long)}">
       <meta property="og:type" content="${attr(long)}"><html lang="${attr(long)}">` +
        feeds +
        ld({
          '@type': 'VideoObject',
          name: long,
          duration: long,
          datePublished: long,
          author: people,
          partOfSeries: { '@type': 'CreativeWorkSeries', name: long, url: `/${'a'.repeat(3_000)}` },
        }) +
        bad,
    );
    const raw = extractPage(doc, 'https://example.org/v');
    const out = parseExtraction(raw);
    expect(out.title?.length).toBeLessThanOrEqual(500);
    expect(out.siteName?.length).toBeLessThanOrEqual(200);
    expect(out.authors.length).toBeLessThanOrEqual(20);
    for (const a of raw.authors as { name: string; sameAs?: string[] }[]) {
      expect(a.name.length).toBeLessThanOrEqual(200);
      // eslint-disable-next-line no-control-regex
      expect(a.name).not.toMatch(/[\u0000-\u001F\u200B]/);
      expect((a.sameAs ?? []).length).toBeLessThanOrEqual(20);
    }
    expect(raw.feeds).toHaveLength(20);
    expect((raw.feeds as { title?: string }[]).every((f) => (f.title?.length ?? 0) <= 500)).toBe(true);
    expect(out.feeds).toHaveLength(20);
    expect(raw.channel).toMatchObject({ url: undefined });
    expect(raw.duration).toBeUndefined();
    expect(raw.publishedAt).toBeUndefined();
    expect(raw.skipped).toEqual([
      ...Array.from({ length: 49 }, (_, i) => `json-ld: invalid JSON in script ${i + 2}`),
      'json-ld: over 50 scripts, rest ignored',
    ]);
    expect(out.skipped).toEqual(raw.skipped);
  });

  it('reads a page whose headline, byline and microdata candidates each hold huge text', () => {
    const big = 'word '.repeat(40_000);
    const blocks = Array.from(
      { length: 50 },
      (_, i) =>
        `<div class="title"><div class="byline date">${big}</div><span itemprop="author">${big}</span></div><h2>${i}</h2>`,
    ).join('');
    const doc = page(
      '<title>Post</title>',
      `<div itemscope itemtype="https://schema.org/Article">${blocks}<h1>Post</h1><p class="byline">By Jane Doe</p></div>`,
    );
    const out = extractPage(doc, 'https://example.org/p');
    expect(out.title).toBe('Post');
    for (const a of parseExtraction(out).authors) expect(a.name.length).toBeLessThanOrEqual(200);
  });

  it('reads a page with 5,000 meta tags', () => {
    const metas = Array.from(
      { length: 5_000 },
      (_, i) => `<meta name="m${i}" content="v${i}"><meta property="article:author" content="Person${i} Name">`,
    ).join('');
    const doc = page(`<meta property="og:title" content="Real title">${metas}`);
    const out = extractPage(doc, 'https://example.org/');
    expect(out.title).toBe('Real title');
    expect((out.authors as unknown[]).length).toBeLessThanOrEqual(20);
  });

  it('keeps markup in names as plain text, without control or zero-width characters', () => {
    const doc = page(`<meta name="author" content="${attr('<img src=x onerror=alert(1)>\u200B\u0007')}">`);
    const out = extractPage(doc, 'https://example.org/');
    expect(out.authors).toEqual([{ name: '<img src=x onerror=alert >' }]);
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
    const doc = page(
      ld('{"@type": "Article", "headline": "broken"') +
        ld({ '@type': 'Article', headline: 7, author: 42, image: {} }) +
        '<title>Fallback</title>',
    );
    expect(extractPage(doc, 'https://example.org/')).toMatchObject({
      title: 'Fallback',
      image: undefined,
      authors: [],
    });
  });

  it('never throws, even when the DOM does', () => {
    const explode = () => {
      throw new Error('boom');
    };
    const doc = new Proxy(dom('<html><head><title>x</title></head></html>', 'text/html'), {
      get: (target, prop) =>
        prop === 'contentType'
          ? 'text/html'
          : typeof prop === 'string' && prop.startsWith('query')
            ? explode
            : (Reflect.get(target, prop) as unknown),
    });
    const out = extractPage(doc, 'https://example.org/p');
    expect(out).toMatchObject({
      pageUrl: 'https://example.org/p',
      url: 'https://example.org/p',
      kind: 'article',
      authors: [],
    });
    const broken = new Proxy({}, { get: explode }) as Document;
    expect(extractPage(broken, 'https://example.org/p')).toMatchObject({ unreadable: 'not-html' });
  });

  it('copes with a page URL that is not http(s)', () => {
    const doc = page(`<link rel="canonical" href="/x"><meta property="og:image" content="/i.png">`);
    expect(extractPage(doc, 'about:blank')).toMatchObject({ pageUrl: 'about:blank', url: undefined, image: undefined });
  });
});
