import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom, ld, page } from '../../tests/fixtures/extract/dom';
import { candidatesFor } from '../sites/candidates';
import { parseExtraction } from './extraction';
import { extractPage } from './index';

/**
 * Kinds beyond the blog post, decided by the page's markup whatever the host: the fixture pages
 * of the browser tests (tests/fixtures/pages), read at an address of an ordinary site.
 */
const read = (name: string, url: string) => {
  const html = readFileSync(new URL(`../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8');
  const extraction = parseExtraction(extractPage(dom(html), url));
  return { extraction, candidates: candidatesFor(extraction, url) };
};
const brief = (cs: { role: string; kind: string; title: string }[]) => cs.map((c) => `${c.role}:${c.kind}:${c.title}`);

describe('a scholarly article on any host (citation_* tags)', () => {
  const { extraction, candidates } = read('paper-citation-tags.html', 'https://research.example.com/papers/retrieval');

  it('is a paper, by its citation authors turned around, published in its journal', () => {
    expect(extraction).toMatchObject({
      kind: 'paper',
      title: 'Retrieval practice at work',
      publishedAt: '2025-09-15',
      // "admin" in <meta name=author> is a placeholder, not a person.
      authors: [{ name: 'Ada Lovelace' }, { name: 'Grace M. Hopper' }],
      publisher: { name: 'Journal of Workplace Learning', url: undefined },
      keywords: ['Retrieval practice', 'Onboarding', 'spaced repetition'],
    });
    expect(brief(candidates)).toEqual([
      'page:paper:Retrieval practice at work',
      'author:person:Ada Lovelace',
      'author:person:Grace M. Hopper',
      'publication:publication:Journal of Workplace Learning',
    ]);
  });

  it('is a paper from Dublin Core alone when its type says so, and from JSON-LD ScholarlyArticle', () => {
    const dc = page(
      `<meta name="DC.title" content="Memory and sleep"><meta name="DC.type" content="Text.Serial.Journal">
       <meta name="DC.creator" content="Curie, Marie"><meta name="DC.date.issued" content="2019-03-01">`,
    );
    expect(extractPage(dc, 'https://repository.example.edu/handle/1/2')).toMatchObject({
      kind: 'paper',
      title: 'Memory and sleep',
      authors: [{ name: 'Marie Curie' }],
      publishedAt: '2019-03-01',
    });
    const scholarly = page(
      ld({ '@type': 'ScholarlyArticle', headline: 'H', author: { '@type': 'Person', name: 'A B' } }),
    );
    expect(extractPage(scholarly, 'https://example.org/a').kind).toBe('paper');
  });

  it('stays a news article when JSON-LD says NewsArticle', () => {
    const news = page(
      `${ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'The Daily' } })}
       <meta name="citation_title" content="H">`,
    );
    expect(extractPage(news, 'https://daily.example/2024/h')).toMatchObject({ kind: 'article', news: true });
  });
});

describe('a podcast episode on any host', () => {
  const { extraction, candidates } = read('podcast-episode.html', 'https://podcast.example.org/episodes/12');

  it('is an episode (one <audio> player), its show the site, offered as a channel and not as a publication', () => {
    expect(extraction).toMatchObject({
      kind: 'podcast_episode',
      title: 'Episode 12: Learning in public',
      siteName: 'The Learning Loop Podcast',
      authors: [{ name: 'Sam Host' }],
    });
    expect(brief(candidates)).toEqual([
      'page:podcast_episode:Episode 12: Learning in public',
      'channel:channel:The Learning Loop Podcast',
      'author:person:Sam Host',
    ]);
    // The show has the site's feed.
    expect(candidates[1]?.feeds.map((f) => f.url)).toEqual(['https://podcast.example.org/feed/podcast']);
  });

  it.each([
    ['og:audio', `<meta property="og:audio" content="https://cdn.example.org/e1.mp3">`],
    ['og:type music', `<meta property="og:type" content="music.song">`],
    ['a Twitter player streaming audio', `<meta name="twitter:player:stream:content_type" content="audio/mpeg">`],
    ['an audio enclosure', `<link rel="enclosure" type="audio/mpeg" href="/e1.mp3">`],
    ['JSON-LD PodcastEpisode', ld({ '@type': 'PodcastEpisode', name: 'E1' })],
    ['JSON-LD AudioObject', ld({ '@type': 'AudioObject', name: 'E1' })],
  ])('is an episode from %s', (_, head) => {
    expect(extractPage(page(head), 'https://show.example/e1').kind).toBe('podcast_episode');
  });

  it('is no episode when several players illustrate an article, nor when a news article has one', () => {
    const samples = page(
      '<meta property="og:type" content="article">',
      '<audio src="/a.mp3"></audio><audio src="/b.mp3"></audio>',
    );
    expect(extractPage(samples, 'https://wiki.example/Composer').kind).toBe('article');
    const news = page(
      ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'The Daily' } }),
      '<audio src="/listen.mp3"></audio>',
    );
    expect(extractPage(news, 'https://daily.example/h').kind).toBe('article');
  });
});

describe('a code repository', () => {
  const { extraction, candidates } = read('repository.html', 'https://forge.example/acme-learning/spaced');

  it('is no article: a community, its owner organization offered as one and not as a person', () => {
    expect(extraction).toMatchObject({
      kind: 'community',
      title: 'acme-learning/spaced',
      authors: [],
      organizations: [{ name: 'acme-learning', url: 'https://forge.example/acme-learning' }],
      keywords: ['spaced-repetition'],
    });
    expect(brief(candidates)).toEqual([
      'page:community:acme-learning/spaced',
      'publication:organization:acme-learning',
    ]);
  });

  it('is a repository from go-import / go-source, or JSON-LD SoftwareSourceCode', () => {
    const forge = page(
      `<meta name="go-import" content="forge.example/ada/tool git https://forge.example/ada/tool.git">`,
    );
    expect(extractPage(forge, 'https://forge.example/ada/tool').kind).toBe('community');
    const code = page(
      ld({ '@type': 'SoftwareSourceCode', name: 'tool', codeRepository: 'https://forge.example/ada/tool' }),
    );
    expect(extractPage(code, 'https://tool.example/').kind).toBe('community');
  });

  it('on GitHub: the repository is a community made by the organization', () => {
    const html = readFileSync(new URL('../../tests/fixtures/pages/repository.html', import.meta.url), 'utf8');
    const url = 'https://github.com/acme-learning/spaced';
    const out = candidatesFor(parseExtraction(extractPage(dom(html), url)), url);
    expect(out.map((c) => `${c.role}:${c.kind}:${c.title}:${c.url}`)).toEqual([
      'page:community:acme-learning/spaced:https://github.com/acme-learning/spaced',
      'publication:organization:acme-learning:https://github.com/acme-learning',
    ]);
  });
});

describe("a person's own site", () => {
  const { extraction, candidates } = read('personal-site.html', 'https://ada.example/personal-site.html');

  it('is the person of its representative h-card, offered first, with its rel=me links as other profiles', () => {
    expect(extraction).toMatchObject({
      kind: 'person',
      authors: [
        {
          name: 'Ada Lovelace',
          url: 'https://ada.example/personal-site.html',
          image: 'https://ada.example/static/ada.png',
          sameAs: ['https://social.example/@ada', 'https://code.example/ada'],
        },
      ],
    });
    expect(candidates[0]).toMatchObject({
      role: 'page',
      kind: 'person',
      title: 'Ada Lovelace',
      sameAs: ['https://social.example/@ada', 'https://code.example/ada'],
    });
  });

  it('at the site root, the personal site adapter says whose site it is, with the same profiles', () => {
    const html = readFileSync(new URL('../../tests/fixtures/pages/personal-site.html', import.meta.url), 'utf8');
    const root = html.replace('href="/personal-site.html"', 'href="/"');
    const e = parseExtraction(extractPage(dom(root), 'https://ada.example/'));
    expect(candidatesFor(e, 'https://ada.example/')[0]).toMatchObject({
      role: 'page',
      kind: 'person',
      title: 'Ada Lovelace',
      site: 'ada.example',
      sameAs: ['https://social.example/@ada', 'https://code.example/ada'],
    });
  });

  it('is a person from JSON-LD ProfilePage, or a page whose main entity is a Person', () => {
    const about = page(
      ld({
        '@type': 'AboutPage',
        mainEntity: { '@type': 'Person', name: 'Grace Hopper', sameAs: ['https://social.example/@grace'] },
      }),
    );
    expect(extractPage(about, 'https://grace.example/about')).toMatchObject({
      kind: 'person',
      authors: [{ name: 'Grace Hopper', sameAs: ['https://social.example/@grace'] }],
    });
  });

  it('is not a person on a dated post of the same site', () => {
    const post = page(
      '<meta property="article:published_time" content="2026-01-10">',
      `<div class="h-card"><a class="u-url u-uid p-name" href="/">Ada Lovelace</a></div>
       <article class="h-entry"><h1 class="p-name">Notes on notes</h1><a class="p-author h-card" href="/">Ada Lovelace</a></article>`,
    );
    expect(extractPage(post, 'https://ada.example/2026/notes')).toMatchObject({
      kind: 'article',
      authors: [{ name: 'Ada Lovelace' }],
    });
  });
});

describe('news', () => {
  it('is an article of the outlet: the outlet is the publication, the page says it is news', () => {
    const doc = page(
      `<meta property="og:site_name" content="The Daily Courier">${ld({
        '@type': 'NewsArticle',
        headline: 'Schools try retrieval practice',
        author: { '@type': 'Person', name: 'Jane Doe' },
        publisher: { '@type': 'NewsMediaOrganization', name: 'The Daily Courier', url: 'https://courier.example/' },
      })}`,
    );
    const e = parseExtraction(extractPage(doc, 'https://courier.example/2026/schools'));
    expect(e).toMatchObject({ kind: 'article', news: true, publisher: { name: 'The Daily Courier' } });
    expect(brief(candidatesFor(e, 'https://courier.example/2026/schools'))).toEqual([
      'page:article:Schools try retrieval practice',
      'author:person:Jane Doe',
      'publication:publication:The Daily Courier',
    ]);
  });

  it("credits an outlet whose article another site carries, and a press release's company, as organizations", () => {
    const syndicated = page(
      `<meta property="og:site_name" content="Portal News">${ld({
        '@type': 'NewsArticle',
        headline: 'H',
        author: { '@type': 'Organization', name: 'Wire Outlet', url: 'https://wire.example/' },
        publisher: { '@type': 'Organization', name: 'Portal News' },
      })}`,
    );
    const e = parseExtraction(extractPage(syndicated, 'https://portal.example/news/h'));
    expect(e).toMatchObject({ authors: [], organizations: [{ name: 'Wire Outlet', url: 'https://wire.example/' }] });
    expect(brief(candidatesFor(e, 'https://portal.example/news/h'))).toEqual([
      'page:article:H',
      'publication:organization:Wire Outlet',
      'publication:publication:Portal News',
    ]);
    const release = page(
      `<meta property="og:site_name" content="Release Wire"><meta name="author" content="Acme">${ld({
        '@type': 'NewsArticle',
        headline: 'Acme launches',
        author: { '@type': 'Person', name: 'Acme' },
        publisher: { '@type': 'Organization', name: 'Acme' },
      })}`,
    );
    expect(extractPage(release, 'https://releasewire.example/acme-launches')).toMatchObject({
      authors: [],
      organizations: [{ name: 'Acme' }],
    });
  });

  it("offers an organization that is the video's channel once, as the channel", () => {
    const doc = page(
      ld({
        '@type': 'VideoObject',
        name: 'Dashboard design',
        author: { '@type': 'Organization', name: 'Studio North' },
      }),
    );
    const e = parseExtraction(extractPage(doc, 'https://shots.example/v/1'));
    expect(brief(candidatesFor(e, 'https://shots.example/v/1'))).toEqual([
      'page:video:Dashboard design',
      'channel:channel:Studio North',
    ]);
  });

  it("does not credit the site itself (a personal site's template calling its owner an organization)", () => {
    const doc = page(
      `<meta property="og:site_name" content="Kiko">${ld({
        '@type': 'WebSite',
        name: 'Kiko',
        author: { '@type': 'Person', name: 'kiko' },
        publisher: { '@type': 'Organization', name: 'kiko' },
      })}`,
    );
    expect(extractPage(doc, 'https://kiko.example/')).toMatchObject({ authors: [], organizations: [] });
  });
});
