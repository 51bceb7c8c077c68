import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { testSource } from '../model/test-source';
import { CSV_COLUMNS, csvCell, joinOwnTopics, parseCsv, splitOwnTopics, writeCsv } from './csv';
import { CsvReader, sniffDelimiter } from './csv-reader';
import type { ImportError, ParsedImport } from './types';
import { problemText } from '../errors';
import { issueReasons } from './test-issues';

function parsed(text: string): ParsedImport {
  const result = parseCsv(text);
  if ('error' in result) throw new Error(problemText(result.error));
  return result;
}

describe('parseCsv: other tools’ exports', () => {
  it('reads a Raindrop export: folder and tags as topics, excerpt, note, highlights, cover, ISO dates', () => {
    const result = parsed(fixture('raindrop.csv'));
    expect(result.variant).toBe('raindrop');
    expect(result.rows).toEqual([
      {
        line: 2,
        kind: 'article',
        title: 'How to take smart notes, the Zettelkasten way',
        url: 'https://zettelkasten.de/introduction',
        topics: ['Learning', 'pkm', 'notes'],
        feeds: [],
        description: "Luhmann's slip-box, explained.",
        note: 'My note: re-read chapter 3',
        quote: 'Highlight:Writing is not what follows research\nNote:key idea',
        image: 'https://zettelkasten.de/cover.png',
        createdAt: 1_681_287_330_000,
      },
      {
        line: 4,
        kind: 'article',
        title: 'Unsorted item',
        url: 'https://example.org/post',
        topics: [],
        feeds: [],
        createdAt: 1_681_376_400_000,
      },
      {
        line: 5,
        kind: 'article',
        title: 'Quote "inside" title',
        url: 'https://example.org/quoted',
        topics: ['Learning'],
        feeds: [],
        createdAt: 1_681_462_800_000,
      },
    ]);
  });

  it('reads an Instapaper export: its own folders are statuses, not topics; the selection is a quote', () => {
    const result = parsed(fixture('instapaper.csv'));
    expect(result.variant).toBe('instapaper');
    expect(
      result.rows.map(({ title, topics, status, quote, createdAt }) => ({ title, topics, status, quote, createdAt })),
    ).toEqual([
      {
        title: 'How to Do Great Work',
        topics: [],
        status: undefined,
        quote: "If you collected lists of techniques for doing great work, you'd find...",
        createdAt: 1_688_169_600_000,
      },
      { title: 'Learning to learn', topics: [], status: 'archived', quote: undefined, createdAt: 1_650_000_000_000 },
      {
        title: 'The Cook and the Chef',
        topics: ['Essays'],
        status: undefined,
        quote: undefined,
        createdAt: 1_450_000_000_000,
      },
      { title: 'Starred one', topics: [], status: undefined, quote: undefined, createdAt: 1_450_000_001_000 },
    ]);
  });

  it('reads a Pocket export: tags split on |, archive status, a missing title from the address', () => {
    const result = parsed(fixture('pocket.csv'));
    expect(result.variant).toBe('pocket');
    expect(result.rows.map(({ title, url, topics, status }) => ({ title, url, topics, status }))).toEqual([
      {
        title: 'Spaced repetition for efficient learning',
        url: 'https://www.gwern.net/Spaced-repetition',
        topics: ['learning', 'memory'],
        status: undefined,
      },
      { title: 'The Feynman Technique', url: 'https://fs.blog/feynman-technique', topics: [], status: 'archived' },
      { title: 'example.com/untitled', url: 'https://example.com/untitled', topics: [], status: undefined },
    ]);
  });

  it('reads headers case-insensitively, with semicolons, and any CSV with a url/link column', () => {
    const result = parsed('\uFEFFLink;Name;Tags;Notes\r\nhttps://a.example/x;A;one, two;remember\r\n');
    expect(result.variant).toBe('generic');
    expect(result.rows).toEqual([
      {
        line: 2,
        kind: 'article',
        title: 'A',
        url: 'https://a.example/x',
        topics: ['one', 'two'],
        feeds: [],
        note: 'remember',
      },
    ]);
    expect(parsed('URL,TITLE,TIME_ADDED\nhttps://b.example/,B,1700000000').variant).toBe('pocket');
    expect(parsed('sep=;\nurl;title\nhttps://c.example/;C').rows[0]?.title).toBe('C');
  });

  it('says plainly when a CSV has no address column or no header', () => {
    expect(problemText((parseCsv('name,age\nAda,36') as ImportError).error)).toMatch(/no column of web addresses/);
    expect(problemText((parseCsv('\n\n') as ImportError).error)).toMatch(/empty/);
    expect(problemText((parseCsv('"url,title\nx') as ImportError).error)).toMatch(/header row .* cannot be read/);
  });
});

describe('parseCsv: bad rows', () => {
  it('refuses rows with stray quotes by line number and reads the others', () => {
    const result = parsed(
      'url,title\nhttps://a.example/,Fine\nhttps://b.example/,He said "hi"\n"https://c.example/"x,Broken\nhttps://d.example/,"Also fine"',
    );
    expect(result.rows.map((r) => r.url)).toEqual(['https://a.example/', 'https://d.example/']);
    expect(issueReasons(result.invalid)).toEqual([
      { line: 3, reason: 'stray quote in an unquoted field on line 3' },
      { line: 4, reason: 'stray quote: text after a closing quote on line 4' },
    ]);
  });

  it('refuses javascript:, data: and file: addresses', () => {
    const result = parsed(
      'url,title\njavascript:alert(1),x\n"data:text/html,<script>",y\nfile:///etc/passwd,z\n,empty\nhttps://ok.example/,ok',
    );
    expect(issueReasons(result.invalid)).toEqual([
      { line: 2, reason: 'not a web address (javascript:)' },
      { line: 3, reason: 'not a web address (data:)' },
      { line: 4, reason: 'not a web address (file:)' },
      { line: 5, reason: 'no web address' },
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it('merges repeated addresses into the first row, with their tags', () => {
    const result = parsed(
      'title,url,time_added,tags\nFirst,https://a.example/p?utm_source=x,1,a\nSecond,https://a.example/p/,2,b|a\nOther,https://b.example/,3,',
    );
    expect(result.duplicatesInFile).toBe(1);
    expect(result.rows.map((r) => [r.title, r.topics])).toEqual([
      ['First', ['a', 'b']],
      ['Other', []],
    ]);
  });

  it('turns markup in titles into text and never keeps script content', () => {
    const result = parsed(
      'url,title,excerpt\nhttps://a.example/,"<b>Bold</b> move<script>alert(1)</script>","<img src=x onerror=alert(1)>Nice"\nhttps://b.example/,The <canvas> element,',
    );
    expect(result.rows.map((r) => [r.title, r.description])).toEqual([
      ['Bold move', 'Nice'],
      ['The <canvas> element', undefined],
    ]);
  });

  it('reads a huge single line and bounds what it keeps', () => {
    const result = parsed(`url,title,note\nhttps://a.example/,${'t'.repeat(5_000_000)},${'n'.repeat(100_000)}`);
    expect(result.rows[0]?.title).toHaveLength(500);
    expect(result.rows[0]?.note).toHaveLength(20_000);
  });

  it('reads 50,000 rows', () => {
    const lines = ['url,title,tags'];
    for (let i = 0; i < 50_000; i++) lines.push(`https://example.com/${i},"Row ${i}, quoted","t${i % 3}"`);
    const result = parsed(lines.join('\r\n'));
    expect(result.rows).toHaveLength(50_000);
    expect(result.rows[49_999]).toMatchObject({ line: 50_001, title: 'Row 49999, quoted', topics: ['t1'] });
  }, 60_000);
});

describe('writeCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ["'=1", "''=1"],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['5 - 3', '5 - 3'],
    ["'quoted'", "'quoted'"],
  ])('escapes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes our columns, a byte order mark and CRLF line ends; escapes formulas in every text column', () => {
    const csv = writeCsv([
      testSource({
        title: '=cmd|"/c calc"!A1',
        url: 'https://a.example/',
        topics: ['-risky', '@home'],
        description: '+danger',
        note: '-note',
        quote: '@quote',
      }),
    ]);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const reader = new CsvReader(csv, sniffDelimiter(csv));
    reader.next();
    const row = reader.next();
    for (const field of row?.fields ?? []) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    expect(row?.fields.slice(0, 2)).toEqual([`'=cmd|"/c calc"!A1`, 'https://a.example/']);
    expect(row?.fields[5]).toBe("'-risky|@home");
  });

  it('round-trips: what it writes reads back as the same rows', () => {
    const sources = [
      testSource({
        title: '=1+1 is not a formula here',
        url: 'https://a.example/post',
        kind: 'article',
        category: 'research',
        status: 'archived',
        topics: ['Rust', 'learning'],
        description: 'Line one, "quoted"\nline two',
        note: "-My note\n'=kept'",
        quote: '@someone said; this',
        createdAt: 1_600_000_000_123,
      }),
      testSource({
        title: 'Ada Lovelace',
        url: 'https://ada.example/',
        kind: 'person',
        category: 'mentors',
        status: 'following',
        feeds: [
          { url: 'https://ada.example/feed/', title: 'Ada, the feed', type: 'atom' },
          { url: 'https://ada.example/feed.json', type: 'json' },
        ],
        createdAt: 1_600_000_000_456,
      }),
      testSource({ title: "'=already escaped?", url: 'https://b.example/', createdAt: 1_600_000_000_789 }),
    ];
    const result = parsed(writeCsv(sources));
    expect(result.variant).toBe('pln');
    expect(result.invalidCount).toBe(0);
    expect(result.rows.map(({ line: _line, ...row }) => row)).toEqual(
      sources.map((s) => ({
        kind: s.kind,
        category: s.category,
        status: s.status,
        title: s.title,
        url: s.url,
        topics: s.topics,
        ...(s.description && { description: s.description }),
        ...(s.note && { note: s.note }),
        ...(s.quote && { quote: s.quote }),
        createdAt: s.createdAt,
        feeds: s.feeds,
      })),
    );
  });

  it('keeps a topic with a | or a backslash whole through a round trip', () => {
    const topics = ['Q|A', 'C\\C++', 'back\\|slash', 'plain'];
    const result = parsed(writeCsv([testSource({ title: 'Pipes', url: 'https://p.example/', topics })]));
    expect(result.rows[0]?.topics).toEqual(topics);
  });

  it('reads a topics cell written before the escape as it did then', () => {
    expect(splitOwnTopics('learning|C\\C++| notes ')).toEqual(['learning', 'C\\C++', 'notes']);
    expect(joinOwnTopics(['a|b', 'c'])).toBe('a\\|b|c');
  });

  it('writes sources without an address, which cannot be imported back', () => {
    const result = parsed(writeCsv([testSource({ title: 'Grace Hopper', kind: 'person', category: 'experts' })]));
    expect(result.rows).toEqual([]);
    expect(issueReasons(result.invalid)).toEqual([{ line: 2, reason: 'no web address' }]);
  });
});
