import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { testSource } from '../model/test-source';
import { looksLikePersonName, parseOpml, siteOfFeed, writeOpml } from './opml';
import type { ImportError, ParsedImport } from './types';
import { problemText } from '../errors';
import { issueReasons } from './test-issues';

function parsed(text: string): ParsedImport {
  const result = parseOpml(text);
  if ('error' in result) throw new Error(problemText(result.error));
  return result;
}

describe('looksLikePersonName', () => {
  it.each([
    ['Julia Evans', true],
    ['Martin Fowler', true],
    ['Martin J. Fowler', true],
    ['Jean-Luc Picard', true],
    ["Conan O'Brien", true],
    ['Zoë Kravitz', true],
    ['Ronald McDonald', true],
    ['Ada O Lovelace', false],
    ['Simon Willison’s Weblog', false],
    ["Simon Willison's", false],
    ['Hacker News', false],
    ['Paul Graham: Essays', false],
    ['This Week in Rust', false],
    ['The Verge', false],
    ['Morning Show', false],
    ['Rust Weekly', false],
    ['Nature Journal', false],
    ['Wired Magazine', false],
    ['Tech Daily', false],
    ['Talk Radio', false],
    ['Book Review', false],
    ['Python Digest', false],
    ['Ada Podcast', false],
    ['Ada Blog', false],
    ['Web3 Builders', false],
    ['NASA Updates', false],
    ['NASA JPL', false],
    ['Stratechery', false],
    ['Anne Marie Van Buren', false],
    ['julia evans', false],
  ])('%s → %s', (title, person) => {
    expect(looksLikePersonName(title)).toBe(person);
  });
});

describe('siteOfFeed', () => {
  it.each([
    ['https://example.com/feed/', 'https://example.com/'],
    ['https://example.com/blog/feed', 'https://example.com/blog/'],
    ['https://example.com/feed/atom/', 'https://example.com/'],
    ['https://example.com/rss.xml', 'https://example.com/'],
    ['https://example.com/index.xml', 'https://example.com/'],
    ['https://example.com/?feed=rss2', 'https://example.com/'],
    ['https://blog.example.com/feeds/posts/default', 'https://blog.example.com/'],
    ['https://www.reddit.com/r/rust/.rss', 'https://www.reddit.com/r/rust/'],
    ['https://medium.com/feed/@ada', 'https://medium.com/@ada/'],
    ['https://feeds.feedburner.com/Example', 'https://feeds.feedburner.com/Example'],
  ])('%s → %s', (feed, site) => {
    expect(siteOfFeed(feed).url).toBe(site);
  });

  it('gives a YouTube channel feed its channel page, as a channel', () => {
    expect(siteOfFeed('https://www.youtube.com/feeds/videos.xml?channel_id=UC123')).toEqual({
      url: 'https://www.youtube.com/channel/UC123',
      kind: 'channel',
    });
  });
});

describe('parseOpml', () => {
  it("reads a feed reader's export: feeds, sites, folders as topics, people by their names", () => {
    const result = parsed(fixture('feedly.opml'));
    expect(result.format).toBe('opml');
    expect(result.invalidCount).toBe(0);
    expect(
      result.rows.map(({ kind, category, status, title, url, topics }) => ({
        kind,
        category,
        status,
        title,
        url,
        topics,
      })),
    ).toEqual([
      {
        kind: 'person',
        category: 'experts',
        status: 'following',
        title: 'Julia Evans',
        url: 'https://jvns.ca/',
        topics: ['Programming'],
      },
      {
        kind: 'person',
        category: 'experts',
        status: 'following',
        title: 'Martin Fowler',
        url: 'https://martinfowler.com/',
        topics: ['Programming'],
      },
      {
        kind: 'publication',
        category: undefined,
        status: 'following',
        title: "Simon Willison's Weblog",
        url: 'https://simonwillison.net/',
        topics: ['Programming'],
      },
      {
        kind: 'publication',
        category: undefined,
        status: 'following',
        title: 'Hacker News',
        url: 'https://news.ycombinator.com/',
        topics: ['Programming'],
      },
      {
        kind: 'publication',
        category: undefined,
        status: 'following',
        title: 'This Week in Rust',
        url: 'https://this-week-in-rust.org/',
        topics: ['Programming', 'Rust & Systems'],
      },
      {
        kind: 'publication',
        category: 'podcasts',
        status: 'following',
        title: 'The Changelog',
        url: 'https://changelog.com/podcast',
        topics: [],
      },
      {
        kind: 'publication',
        category: 'podcasts',
        status: 'following',
        title: 'Software Engineering Daily',
        url: 'https://feeds.feedburner.com/SoftwareEngineeringDaily',
        topics: [],
      },
      {
        kind: 'publication',
        category: undefined,
        status: 'following',
        title: 'Paul Graham: Essays',
        url: 'http://www.aaronsw.com/2002/feeds/pgessays.rss',
        topics: [],
      },
    ]);
    expect(result.rows[0]?.feeds).toEqual([{ url: 'https://jvns.ca/atom.xml', title: 'Julia Evans', type: 'atom' }]);
    // text is the source's name, title the feed's.
    expect(result.rows[5]?.feeds).toEqual([
      {
        url: 'https://changelog.com/podcast/feed',
        title: 'The Changelog: Software Development, Open Source',
        type: 'rss',
      },
    ]);
  });

  it("reads YouTube's subscriptions export (one line) as channels", () => {
    const result = parsed(fixture('youtube-subscriptions.opml'));
    expect(result.rows.map(({ kind, title, url, topics, line }) => ({ kind, title, url, topics, line }))).toEqual([
      {
        kind: 'channel',
        title: '3Blue1Brown',
        url: 'https://www.youtube.com/channel/UCYO_jab_esuFRV4b17AJtAw',
        topics: ['YouTube Subscriptions'],
        line: 2,
      },
      {
        kind: 'channel',
        title: 'Computerphile',
        url: 'https://www.youtube.com/channel/UC9-y-6csu5WGm29I7JiwpnA',
        topics: ['YouTube Subscriptions'],
        line: 2,
      },
    ]);
  });

  it('survives a hostile file: markup in titles, bad feed addresses, unknown entities, comments, scripts, truncation', () => {
    const result = parsed(fixture('hostile.opml'));
    expect(issueReasons(result.invalid)).toEqual([
      { line: 9, reason: 'feed address: not a web address (javascript:)' },
      { line: 10, reason: 'feed address: not a web address (data:)' },
      { line: 11, reason: 'feed address: not a web address (file:)' },
    ]);
    expect(result.rows.map((r) => [r.title, r.url])).toEqual([
      ['Nice Blog', 'https://nice.example/'],
      ['&boom; 😀 \uFFFD \uFFFD', 'https://entities.example/'],
      ['Single "quoted"', 'https://single.example/'],
    ]);
    // The javascript: htmlUrl is never kept; the comments feed shares the site, so it merges.
    expect(result.rows[0]?.feeds.map((f) => f.url)).toEqual([
      'https://nice.example/feed/',
      'https://nice.example/comments/feed/',
    ]);
    expect(result.duplicatesInFile).toBe(1);
    expect(JSON.stringify(result.rows)).not.toMatch(/evil|alert|javascript|onerror/);
  });

  it('takes topics from the category attribute and from nested folders; a link outline is an item', () => {
    const result = parsed(`<opml version="2.0"><body>
      <outline text="Science"><outline text="Physics">
        <outline text="Quanta" type="rss" xmlUrl="https://www.quantamagazine.org/feed/" category="/Math/Popular,tag one"/>
      </outline></outline>
      <outline text="Reading list" type="link" url="https://example.com/essay"/>
      <outline text="Empty folder"></outline>
      <outline text="Site without feed" htmlUrl="https://site.example/"></outline>
    </body></opml>`);
    expect(result.rows.map(({ kind, title, url, topics, status }) => ({ kind, title, url, topics, status }))).toEqual([
      {
        kind: 'publication',
        title: 'Quanta',
        url: 'https://www.quantamagazine.org/',
        topics: ['Science', 'Physics', 'Math', 'Popular', 'tag one'],
        status: 'following',
      },
      { kind: 'article', title: 'Reading list', url: 'https://example.com/essay', topics: [], status: undefined },
      { kind: 'publication', title: 'Site without feed', url: 'https://site.example/', topics: [], status: undefined },
    ]);
  });

  it('says plainly when a file is not OPML', () => {
    expect(problemText((parseOpml('<rss><channel></channel></rss>') as ImportError).error)).toMatch(/not an OPML file/);
    expect(problemText((parseOpml('') as ImportError).error)).toMatch(/not an OPML file/);
  });

  it('reads many feeds', () => {
    const outlines = Array.from(
      { length: 20_000 },
      (_, i) => `<outline type="rss" text="Feed ${i}" xmlUrl="https://s${i}.example/feed"/>`,
    );
    const result = parsed(`<opml><body><outline text="All">${outlines.join('\n')}</outline></body></opml>`);
    expect(result.rows).toHaveLength(20_000);
    expect(result.rows[19_999]).toMatchObject({ line: 20_000, url: 'https://s19999.example/', topics: ['All'] });
  });
});

describe('writeOpml', () => {
  const sources = [
    testSource({
      title: 'Ada & <Friends>',
      url: 'https://ada.example/',
      kind: 'person',
      category: 'experts',
      status: 'following',
      topics: ['math', 'history'],
      description: 'Writes about "engines".\nSecond line.',
      feeds: [
        { url: 'https://ada.example/feed/', title: 'Ada — posts', type: 'rss' },
        { url: 'https://ada.example/atom.xml', type: 'atom' },
      ],
      createdAt: 1_600_000_000_000,
    }),
    testSource({
      title: 'The Example Weekly',
      url: 'https://weekly.example/',
      kind: 'publication',
      category: 'blogs',
      status: 'archived',
      feeds: [{ url: 'https://weekly.example/feed.json', title: 'Weekly', type: 'json' }],
      createdAt: 1_600_000_001_000,
    }),
    testSource({ title: 'No feeds', url: 'https://nofeed.example/', category: 'blogs' }),
  ];

  it('lists the feeds of the sources that have some, grouped by category, escaped', () => {
    const opml = writeOpml(sources, { now: 0 });
    expect([...opml.matchAll(/<outline text="([^"]*)" title="[^"]*">/g)].map((m) => m[1])).toEqual([
      'Experts and thought leaders',
      'Blogs and newsletters',
    ]);
    expect(opml).not.toContain('nofeed.example');
    expect(opml).toContain('text="Ada &amp; &lt;Friends&gt;"');
    expect(opml).toContain('description="Writes about &quot;engines&quot;.&#10;Second line."');
    expect(opml).toContain('<dateCreated>Thu, 01 Jan 1970 00:00:00 GMT</dateCreated>');
    expect(opml.match(/xmlUrl=/g)).toHaveLength(3);
  });

  it('round-trips: what it writes reads back as the same rows', () => {
    const followed = sources.filter((s) => s.feeds.length);
    const result = parsed(writeOpml(followed));
    expect(result.invalidCount).toBe(0);
    expect(result.rows.map(({ line: _line, ...row }) => row)).toEqual(
      followed.map((s) => ({
        kind: s.kind,
        category: s.category,
        status: s.status,
        title: s.title,
        url: s.url,
        topics: s.topics,
        ...(s.description && { description: s.description }),
        createdAt: s.createdAt,
        feeds: s.feeds.map((f) => ({ ...f, title: f.title ?? s.title })),
      })),
    );
    // Two outlines for one site: merged back into one source.
    expect(result.duplicatesInFile).toBe(1);
  });

  it('writes no characters that XML forbids', () => {
    const opml = writeOpml([
      testSource({
        title: 'Bad \u0001 char',
        url: 'https://x.example/',
        feeds: [{ url: 'https://x.example/feed', type: 'rss' }],
      }),
    ]);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(opml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('podcast apps and feed readers', () => {
  it("files a podcast app's shows under Podcasts, without its own folders as topics", () => {
    const result = parsed(fixture('podcasts.opml'));
    expect(result.rows.map((r) => [r.title, r.kind, r.category, r.topics])).toEqual([
      ['Hard Fork', 'publication', 'podcasts', []],
      ['Lex Fridman Podcast', 'publication', 'podcasts', []],
      // A name, but a show: not taken for a person.
      ['Ezra Klein', 'publication', 'podcasts', []],
      ['Hva skjer i verden & læring', 'publication', 'podcasts', []],
    ]);
  });

  it("files a feed reader's podcasts folder and podcast hosts under Podcasts, other folders as topics", () => {
    const result = parsed(fixture('reader-folders.opml'));
    expect(result.rows.map((r) => [r.title, r.kind, r.category, r.topics])).toEqual([
      ['The Learning Scientists', 'publication', undefined, ['Learning Science']],
      ['Julia Evans', 'person', 'experts', ['Learning Science']],
      ['The Knowledge Project', 'publication', 'podcasts', []],
      ['Kode24', 'publication', undefined, ['Programmering']],
    ]);
  });
});
