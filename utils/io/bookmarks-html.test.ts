import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { testSource } from '../model/test-source';
import { parseBookmarksHtml, writeBookmarksHtml } from './bookmarks-html';
import { issueReasons } from './test-issues';

describe('parseBookmarksHtml: browser exports', () => {
  it('reads a Chrome export: folders below the roots as topics, ADD_DATE in seconds, video URLs', () => {
    const result = parseBookmarksHtml(fixture('chrome-bookmarks.html'));
    expect(result.format).toBe('bookmarks-html');
    expect(issueReasons(result.invalid)).toEqual([]);
    expect(
      result.rows.map(({ line, kind, title, url, topics, createdAt }) => ({
        line,
        kind,
        title,
        url,
        topics,
        createdAt,
      })),
    ).toEqual([
      {
        line: 11,
        kind: 'article',
        title: 'Microservices',
        url: 'https://martinfowler.com/articles/microservices.html',
        topics: [],
        createdAt: 1_609_459_300_000,
      },
      {
        line: 16,
        kind: 'article',
        title: 'The Rust Programming Language - The Rust Programming Language',
        url: 'https://doc.rust-lang.org/book',
        topics: ['Learning', 'Rust'],
        createdAt: 1_612_137_600_000,
      },
      {
        line: 17,
        kind: 'video',
        title: 'Rust for the Impatient',
        url: 'https://www.youtube.com/watch?v=rAl-9HwD858',
        topics: ['Learning', 'Rust'],
        createdAt: 1_612_224_000_000,
      },
      {
        line: 19,
        kind: 'article',
        title: 'Julia Evans & friends — RustConf keynote',
        url: 'https://jvns.ca/blog/2016/09/11/rustconf-keynote',
        topics: ['Learning'],
        createdAt: 1_612_310_400_000,
      },
      {
        line: 24,
        kind: 'article',
        title: 'Learning How to Learn | Coursera',
        url: 'https://www.coursera.org/learn/learning-how-to-learn',
        topics: [],
        createdAt: 1_612_400_000_000,
      },
      {
        line: 25,
        kind: 'video',
        title: 'The Art of Code',
        url: 'https://vimeo.com/76979871',
        topics: [],
        createdAt: 1_612_500_000_000,
      },
    ]);
  });

  it('reads a Firefox export: TAGS, multi-line <DD>, roots known by attribute in any language, place: refused', () => {
    const result = parseBookmarksHtml(fixture('firefox-bookmarks.html'));
    expect(result.rows.map((r) => [r.title, r.topics])).toEqual([
      ['Getting Started', []],
      ['Attention Is All You Need', ['Research', 'transformers', 'machine learning']],
      ["Simon Willison's Weblog", ['llm']],
      ['The power of believing that you can improve', []],
    ]);
    expect(result.rows[1]?.description).toBe(
      'The paper that introduced the Transformer.\nIt replaced recurrence with attention.',
    );
    // The toolbar folder's own <DD> is not a bookmark's description.
    expect(result.rows[2]?.description).toBeUndefined();
    expect(result.rows[3]?.kind).toBe('video');
    expect(issueReasons(result.invalid)).toEqual([
      { line: 13, reason: 'not a web address (place:)' },
      { line: 24, reason: 'not a web address (javascript:)' },
    ]);
    expect(result.invalidCount).toBe(2);
  });

  it("reads Pocket's HTML export: tags, time_added, the archive section", () => {
    const result = parseBookmarksHtml(fixture('pocket.html'));
    expect(result.rows.map(({ title, topics, status, createdAt }) => ({ title, topics, status, createdAt }))).toEqual([
      {
        title: 'Is Google Making Us Stupid?',
        topics: ['reading', 'attention'],
        status: undefined,
        createdAt: 1_580_000_000_000,
      },
      {
        title: 'Mental Models: The Best Way to Make Intelligent Decisions',
        topics: [],
        status: undefined,
        createdAt: 1_580_100_000_000,
      },
      { title: 'The Need to Read', topics: ['essays'], status: 'archived', createdAt: 1_590_000_000_000 },
    ]);
  });

  it("reads Raindrop's HTML export: collections, tags, cover, note; Unsorted is no topic", () => {
    const result = parseBookmarksHtml(fixture('raindrop.html'));
    expect(result.rows).toEqual([
      {
        line: 11,
        kind: 'article',
        title: 'Laws of UX',
        url: 'https://lawsofux.com/',
        topics: ['Design', 'ux', 'psychology'],
        feeds: [],
        description: 'A collection of best practices that designers can consider when building user interfaces.',
        image: 'https://lawsofux.com/og-image.png',
        createdAt: 1_680_000_100_000,
      },
      {
        line: 16,
        kind: 'article',
        title: '10 Usability Heuristics for User Interface Design',
        url: 'https://www.nngroup.com/articles/ten-usability-heuristics',
        topics: [],
        feeds: [],
        createdAt: 1_680_000_200_000,
      },
    ]);
  });
});

describe('parseBookmarksHtml: bad files', () => {
  const result = parseBookmarksHtml(fixture('hostile-bookmarks.html'));

  it('never reads <script> or <style> content, and turns markup in titles into text', () => {
    expect(result.rows.some((r) => r.url.includes('evil.example'))).toBe(false);
    const first = result.rows[0];
    expect(first?.title).toBe('Hello bold <world>');
    expect(first?.description).toBe('Description with text & more');
    expect(first?.topics[0]).toBe('Security reading');
    expect(JSON.stringify(result.rows)).not.toMatch(/alert|steal|onerror/);
  });

  it('refuses javascript:, data: and file: links and bookmarks without an address, with line numbers', () => {
    expect(issueReasons(result.invalid)).toEqual([
      { line: 12, reason: 'not a web address (javascript:)' },
      { line: 13, reason: 'not a web address (data:)' },
      { line: 14, reason: 'not a web address (file:)' },
      { line: 17, reason: 'no web address' },
    ]);
  });

  it('merges a repeated address into the first bookmark, with its tags, and counts it', () => {
    expect(result.duplicatesInFile).toBe(1);
    expect(result.rows.filter((r) => r.url === 'https://example.com/xss')).toHaveLength(1);
    expect(result.rows[0]?.topics).toEqual(['Security reading', 'dupe']);
    expect(result.rows[0]?.title).toBe('Hello bold <world>');
  });

  it('titles an untitled bookmark by its address, ignores a negative date, survives an unclosed <A>', () => {
    const byUrl = new Map(result.rows.map((r) => [r.url, r]));
    expect(byUrl.get('https://example.com/no-title')?.title).toBe('example.com/no-title');
    expect(byUrl.get('https://example.com/no-title')?.createdAt).toBeUndefined();
    expect(byUrl.get('https://example.com/unclosed-title')?.title).toBe('Unclosed title');
    expect(byUrl.get('https://example.com/after-unclosed')?.title).toBe('After the unclosed one');
    expect(result.rows).toHaveLength(4);
  });

  it('reads nothing from a file without bookmarks, and does not throw on garbage', () => {
    expect(parseBookmarksHtml('').rows).toEqual([]);
    expect(parseBookmarksHtml('<<<>>><DL><DL></DL></DL></DL><A HREF=">').rows).toEqual([]);
    expect(
      parseBookmarksHtml('<DT><A HREF="https://a.example/">A</A><DT><A HREF="https://b.example/">B').rows.map(
        (r) => r.title,
      ),
    ).toEqual(['A', 'B']);
  });
});

describe('parseBookmarksHtml: size', () => {
  it('reads 50,000 bookmarks in nested folders', () => {
    const parts = ['<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<DL><p>'];
    for (let f = 0; f < 100; f++) {
      parts.push(`<DT><H3>Folder ${f}</H3>`, '<DL><p>');
      for (let i = 0; i < 500; i++) {
        const n = f * 500 + i;
        parts.push(
          `<DT><A HREF="https://example.com/post/${n}?utm_source=x" ADD_DATE="${1_600_000_000 + n}" TAGS="t${n % 7}">Post ${n}</A>`,
          `<DD>About ${n}`,
        );
      }
      parts.push('</DL><p>');
    }
    // Every 1,000th address again, in another folder: merged, not added.
    parts.push('<DT><H3>Again</H3>', '<DL><p>');
    for (let n = 0; n < 50_000; n += 1_000) parts.push(`<DT><A HREF="https://example.com/post/${n}">Again ${n}</A>`);
    parts.push('</DL><p>', '</DL><p>');
    const result = parseBookmarksHtml(parts.join('\n'));
    expect(result.rows).toHaveLength(50_000);
    expect(result.duplicatesInFile).toBe(50);
    expect(result.invalidCount).toBe(0);
    expect(result.rows[49_999]).toMatchObject({
      title: 'Post 49999',
      description: 'About 49999',
      topics: ['Folder 99', 't5'],
    });
    expect(result.rows[1_000]?.topics).toEqual(['Folder 2', 't6', 'Again']);
    expect(result.rows[1_000]?.createdAt).toBe(1_600_001_000_000);
  }, 60_000);

  it('reads a file that is one huge line, and bounds a huge title', () => {
    const huge = `<DL><p>${Array.from({ length: 2_000 }, (_, i) => `<DT><A HREF="https://example.com/${i}">T${i}</A>`).join('')}<DT><A HREF="https://example.com/big">${'x'.repeat(2_000_000)}</A></DL>`;
    const result = parseBookmarksHtml(huge);
    expect(result.rows).toHaveLength(2_001);
    expect(result.rows[2_000]?.title).toHaveLength(500);
    expect(result.rows.every((r) => r.line === 1)).toBe(true);
  });
});

describe('writeBookmarksHtml', () => {
  const sources = [
    testSource({
      title: 'Ada Lovelace',
      url: 'https://ada.example/',
      kind: 'person',
      category: 'experts',
      status: 'following',
      topics: ['math', 'history'],
      createdAt: 1_600_000_000_000,
    }),
    testSource({
      title: 'Notes on "Engines" & <Looms>',
      url: 'https://example.com/notes?a=1&b=2',
      description: 'Two lines:\nsecond <b>line</b> & more',
      createdAt: 1_600_000_001_000,
    }),
    testSource({
      title: 'A talk',
      url: 'https://www.youtube.com/watch?v=abc',
      kind: 'video',
      category: 'videos',
      createdAt: 1_600_000_002_000,
      status: 'archived',
    }),
    testSource({ title: 'Blog two', url: 'https://two.example/', topics: ['a,b'], createdAt: 1_600_000_003_000 }),
    testSource({ title: 'Grace Hopper', kind: 'person', category: 'experts' }),
  ];

  it('writes one folder per category, in the network order, and skips sources without an address', () => {
    const html = writeBookmarksHtml(sources);
    expect([...html.matchAll(/<H3>([^<]*)<\/H3>/g)].map((m) => m[1])).toEqual([
      'Experts and thought leaders',
      'Blogs and newsletters',
      'Videos and channels',
    ]);
    expect(html).not.toContain('Grace Hopper');
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(writeBookmarksHtml(sources, { categoryLabel: (c) => `Catégorie ${c}` })).toContain(
      '<H3>Catégorie experts</H3>',
    );
  });

  it('escapes titles, addresses and descriptions; each bookmark stays on one line', () => {
    const html = writeBookmarksHtml([
      testSource({
        title: '"><script>alert(1)</script>',
        url: 'https://example.com/?q="><script>',
        description: '</DL><script>x()</script>',
      }),
    ]);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('HREF="https://example.com/?q=&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</A>');
    const line = html.split('\n').find((l) => l.includes('<DT><A'));
    expect(line).toMatch(/^\s*<DT><A .*<\/A>$/);
    const [row] = parseBookmarksHtml(html).rows;
    expect(row?.title).toBe('"><script>alert(1)</script>');
    expect(row?.description).toBe('</DL><script>x()</script>');
  });

  it('round-trips: what it writes reads back as the same rows', () => {
    const withUrl = sources.filter((s) => s.url);
    const result = parseBookmarksHtml(writeBookmarksHtml(withUrl));
    const key = (r: { url?: string }) => r.url ?? '';
    const expected = withUrl
      .map((s) => ({
        kind: s.kind,
        category: s.category,
        status: s.status,
        title: s.title,
        url: s.url,
        topics: s.topics.flatMap((t) => t.split(',')),
        ...(s.description && { description: s.description }),
        createdAt: s.createdAt,
        feeds: [],
      }))
      .sort((a, b) => key(a).localeCompare(key(b)));
    const actual = result.rows.map(({ line: _line, ...row }) => row).sort((a, b) => key(a).localeCompare(key(b)));
    expect(actual).toEqual(expected);
    expect(result.invalidCount).toBe(0);
    expect(result.duplicatesInFile).toBe(0);
  });

  it('keeps only whole seconds of a time (ADD_DATE is in seconds)', () => {
    const [row] = parseBookmarksHtml(
      writeBookmarksHtml([testSource({ title: 'T', url: 'https://t.example/', createdAt: 1_600_000_000_999 })]),
    ).rows;
    expect(row?.createdAt).toBe(1_600_000_000_000);
  });
});
