import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom } from '../../tests/fixtures/extract/dom';
import { buildCandidates, urlKey, type Candidate } from './candidates';
import { parseExtraction, type RawExtraction } from './extraction';
import { extractPage } from './index';

const fixture = (name: string, url: string) =>
  parseExtraction(
    extractPage(dom(readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8')), url),
  );
const build = (raw: RawExtraction) => buildCandidates(parseExtraction(raw));
const brief = (cs: Candidate[]) => cs.map((c) => `${c.role}:${c.kind}:${c.title}`);

describe('buildCandidates', () => {
  it('on an article: the article, its authors, then the publication with its feeds; author feeds go to the author', () => {
    const e = fixture('article.html', 'https://blog.example.org/posts/learning-in-public?utm_source=feed');
    const out = buildCandidates(e);
    expect(brief(out)).toEqual([
      'page:article:Learning in public, the long way',
      'author:person:Ada Lovelace',
      'publication:publication:Example Blog',
    ]);
    expect(out[0]).toMatchObject({
      url: 'https://blog.example.org/posts/learning-in-public',
      feeds: [],
      siteName: 'Example Blog',
    });
    expect(out[1]).toMatchObject({
      url: 'https://blog.example.org/authors/ada',
      sameAs: ['https://social.example.net/@ada'],
      feeds: [
        {
          url: 'https://blog.example.org/authors/ada/feed',
          title: 'Example Blog » Posts by Ada Lovelace Feed',
          type: 'atom',
        },
      ],
    });
    expect(out[2]).toMatchObject({
      url: 'https://blog.example.org/',
      feeds: [{ url: 'https://blog.example.org/feed.xml', title: 'Example Blog » Feed', type: 'rss' }],
    });
  });

  it('on a profile page: the person first, once, with the profiles and feeds of the page', () => {
    const out = buildCandidates(fixture('profile.html', 'https://social.example.net/@grace'));
    expect(out).toEqual([
      {
        role: 'page',
        kind: 'person',
        title: 'Grace Hopper',
        url: 'https://social.example.net/@grace',
        image: 'https://cdn.example.net/avatars/grace.jpg',
        description: 'Compilers, COBOL and nanoseconds.',
        siteName: 'Example Social',
        feeds: [{ url: 'https://social.example.net/@grace.rss', title: "Grace Hopper's posts", type: 'rss' }],
        sameAs: [
          'https://code.example.com/grace',
          'https://grace.example.org/',
          'https://video.example.com/@gracehopper',
        ],
      },
    ]);
  });

  it('on a video page: the video, then its channel (not again as an author), then the site', () => {
    const out = buildCandidates(fixture('video.html', 'https://video.example.com/watch/abc123?t=1'));
    expect(brief(out)).toEqual([
      'page:video:How compilers work',
      'channel:channel:Compiler Club',
      'publication:publication:Example Video',
    ]);
    expect(out[1]?.url).toBe('https://video.example.com/@compilerclub');
  });

  it("on an episode page: the episode, its show with the show's feed, its host", () => {
    const out = buildCandidates(fixture('episode.html', 'https://show.example.org/12'));
    expect(brief(out)).toEqual([
      'page:podcast_episode:Ep. 12: Learning in public',
      'channel:channel:The Learning Show',
      'author:person:Ada Host',
    ]);
    expect(out[1]?.feeds).toEqual([
      { url: 'https://feeds.example-host.net/learning-show.xml', title: 'The Learning Show', type: 'rss' },
    ]);
  });

  it('on a channel page: the channel first, with its feed, and not the channel again as a person', () => {
    const out = build({
      kind: 'channel',
      url: 'https://video.example.com/@club',
      title: 'Compiler Club',
      siteName: 'Example Video',
      authors: [{ name: 'Compiler Club', url: 'https://video.example.com/@club/' }],
      publisher: { name: 'Example Video', url: 'https://video.example.com/' },
      feeds: [{ url: 'https://video.example.com/feeds/club.xml', type: 'rss' }],
    });
    expect(brief(out)).toEqual(['page:channel:Compiler Club']);
    expect(out[0]?.feeds).toHaveLength(1);
  });

  it('does not make a person of an author named like the publication, and merges candidates with the same address', () => {
    const out = build({
      kind: 'article',
      url: 'https://example.org/p',
      title: 'Post',
      siteName: 'Daily Widget',
      authors: [
        { name: 'Daily Widget' },
        { name: 'Jane Doe', url: 'https://example.org/jane' },
        { name: 'J. Doe', url: 'http://www.example.org/jane/' },
      ],
    });
    expect(brief(out)).toEqual(['page:article:Post', 'author:person:Jane Doe', 'publication:publication:Daily Widget']);
  });

  it('offers what it can for a page without title, and nothing for an unreadable one', () => {
    expect(brief(build({ kind: 'article', pageUrl: 'https://example.org/x', authors: [] }))).toEqual([
      'page:article:https://example.org/x',
    ]);
    expect(build({ kind: 'article', pageUrl: 'https://example.org/a.pdf', unreadable: 'pdf', authors: [] })).toEqual(
      [],
    );
    expect(buildCandidates(parseExtraction({}))).toEqual([]);
  });
});

describe('urlKey', () => {
  it.each([
    ['https://www.Example.org/a/b/', 'example.org/a/b'],
    ['http://example.org/a/b#x', 'example.org/a/b'],
    ['https://example.org/?q=1', 'example.org/?q=1'],
    ['https://example.org/a?utm_source=x', 'example.org/a'], // the extension's own normalization
    ['https://example.org/Case', 'example.org/Case'], // paths keep their case
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => expect(urlKey(url)).toBe(expected));
});
