import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { testSource } from '../model/test-source';
import { BACKUP_FORMAT, Backup, backupToRows, readBackup, sourceLines, writeBackup } from './backup';
import { problemText } from '../errors';

function read(text: string) {
  const result = readBackup(text);
  if ('error' in result) throw new Error(problemText(result.error));
  return result;
}

function errorOf(text: string): string {
  const result = readBackup(text);
  return 'error' in result ? problemText(result.error) : '(no error)';
}

const sample = () =>
  JSON.parse(fixture('backup-v1.json')) as Record<string, unknown> & { sources: Record<string, unknown>[] };

describe('readBackup', () => {
  it('reads a backup file with every field', () => {
    const { backup, invalid } = read(fixture('backup-v1.json'));
    expect(invalid).toEqual([]);
    expect(Backup.safeParse(backup).success).toBe(true);
    expect(backup.exportedAt).toBe(1_700_000_000_000);
    expect(backup.sources.map((s) => s.id)).toEqual(['p1', 'a1', 'p2']);
    expect(backup.sources[0]).toMatchObject({
      reliability: { rating: 5, reason: 'Primary sources, careful corrections.' },
      provenance: { pageUrl: 'https://jvns.ca/blog/', capturedAt: 1_690_000_000_000 },
      feeds: [{ url: 'https://jvns.ca/atom.xml', title: 'Julia Evans', type: 'atom' }],
      note: 'Great at explaining.\nStart with the DNS zine.',
    });
    expect(backup.trash[0]?.source.title).toBe('Old talk');
    expect(backup.clips[0]?.blocks).toHaveLength(3);
  });

  it('says a cut-off file ends too early', () => {
    const text = fixture('backup-v1.json');
    for (const cut of [10, text.indexOf('"Julia Evans"') + 5, text.length - 3]) {
      expect(errorOf(text.slice(0, cut))).toMatch(/^The file ends too early/);
    }
  });

  it('says when a file is not JSON, not a backup, or empty', () => {
    expect(errorOf('{"format": "pln-capture-backup", oops}')).toMatch(/^This file is not valid JSON/);
    expect(errorOf('format,version\n1,2')).toMatch(/^This file is not valid JSON/);
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf('[1, 2]')).toBe('This JSON file is not a PLN Capture backup.');
    expect(errorOf('{"format": "other-app", "version": 1}')).toBe(
      'This JSON file is not a PLN Capture backup (its format is "other-app").',
    );
    expect(errorOf('null')).toBe('This JSON file is not a PLN Capture backup.');
  });

  it('refuses a backup from a newer version, or without a version, date or lists', () => {
    expect(errorOf(JSON.stringify({ ...sample(), version: 2 }))).toBe(
      'This backup was made by a newer version of PLN Capture (backup version 2); this extension reads version 1. Update the extension, then import the file again.',
    );
    expect(errorOf(JSON.stringify({ ...sample(), version: '1' }))).toMatch(/no readable version/);
    expect(errorOf(JSON.stringify({ ...sample(), exportedAt: 'yesterday' }))).toMatch(/no valid export date/);
    expect(errorOf(JSON.stringify({ ...sample(), sources: { a: 1 } }))).toBe('This backup\'s "sources" is not a list.');
  });

  it('reads a backup without clips or trash as empty lists', () => {
    const { trash: _t, clips: _c, ...rest } = sample();
    const { backup } = read(JSON.stringify(rest));
    expect(backup.trash).toEqual([]);
    expect(backup.clips).toEqual([]);
    expect(backup.sources).toHaveLength(3);
  });

  it('lists invalid records by number and reason, and keeps the valid ones', () => {
    const data = sample();
    const [p1, a1, p2] = data.sources;
    data.sources = [
      p1!,
      { ...a1, id: 'x1', title: 42 },
      { ...a1, id: 'x2', url: 'javascript:alert(1)' },
      { ...a1, id: 'x3', url: 'https://ok.example/', image: 'data:image/png;base64,AAAA' },
      { ...a1, id: 'x4', url: 'https://ok2.example/', provenance: { pageUrl: 'file:///etc/passwd', capturedAt: 1 } },
      { ...a1, id: 'x5', url: 'https://ok3.example/', kind: 'tweet' },
      'not an object' as unknown as Record<string, unknown>,
      a1!,
      { ...a1, id: 'a1', url: 'https://other.example/' },
      { ...a1, id: 'x6', url: 'https://JVNS.ca/blog/how-dns-works/?utm_source=x' },
      p2!,
    ];
    const { backup, invalid } = read(JSON.stringify(data));
    expect(backup.sources.map((s) => s.id)).toEqual(['p1', 'a1', 'p2']);
    expect(
      invalid.map(({ list, index, line, problem }) => ({ list, index, line, reason: problemText(problem) })),
    ).toEqual([
      {
        list: 'sources',
        index: 1,
        line: 2,
        reason: 'source 2: title: the wrong kind of value',
      },
      {
        list: 'sources',
        index: 2,
        line: 3,
        reason: 'source 3 ("How DNS works"): url: not a web address (javascript:)',
      },
      { list: 'sources', index: 3, line: 4, reason: 'source 4 ("How DNS works"): image: not a web address (data:)' },
      {
        list: 'sources',
        index: 4,
        line: 5,
        reason: 'source 5 ("How DNS works"): provenance.pageUrl: not a web address (file:)',
      },
      {
        list: 'sources',
        index: 5,
        line: 6,
        reason: expect.stringMatching(/^source 6 \("How DNS works"\): kind: /) as string,
      },
      { list: 'sources', index: 6, line: 7, reason: expect.stringMatching(/^source 7: record: /) as string },
      { list: 'sources', index: 8, line: 9, reason: 'source 9 ("How DNS works"): same id as source 8' },
      { list: 'sources', index: 9, line: 10, reason: 'source 10 ("How DNS works"): same address as source 8' },
    ]);
  });

  it('checks trash and clips too: bad links, ids, clips of no source', () => {
    const data = sample() as ReturnType<typeof sample> & { trash: unknown[]; clips: unknown[] };
    const trashed = data.trash[0] as { source: Record<string, unknown> };
    const clip = data.clips[0] as Record<string, unknown>;
    data.trash.push(
      { ...trashed, id: 't2', source: { ...trashed.source, id: 't2', url: 'file:///c:/secret' } },
      { ...trashed, id: 't3', source: { ...trashed.source, id: 'other' } },
      { ...trashed, id: 'p1', source: { ...trashed.source, id: 'p1' } },
    );
    data.clips.push({ ...clip, sourceId: 'ghost' }, { ...clip }, { ...clip, sourceId: 't1', words: -1 });
    const { backup, invalid } = read(JSON.stringify(data));
    expect(backup.trash.map((t) => t.id)).toEqual(['t1']);
    expect(backup.clips.map((c) => c.sourceId)).toEqual(['a1']);
    expect(invalid.map((i) => `${i.list} ${i.index}: ${problemText(i.problem)}`)).toEqual([
      'trash 1: trashed source 2 ("Old talk"): source.url: not a web address (file:)',
      'trash 2: trashed source 3 ("Old talk"): its id is not its source’s id',
      'trash 3: trashed source 4 ("Old talk"): a source with this id is already in the file',
      'clips 1: clip 2 ("How DNS works"): it belongs to no source in the file',
      'clips 2: clip 3 ("How DNS works"): its source already has a clip in the file',
      expect.stringMatching(/^clips 3: clip 4 \("How DNS works"\): words: /),
    ]);
  });
});

describe('writeBackup', () => {
  const sources = [
    testSource({
      id: 'p1',
      title: 'Ada Lovelace ✨ "quoted" \\ backslash',
      url: 'https://ada.example/',
      kind: 'person',
      category: 'mentors',
      status: 'following',
      topics: ['math', 'poetry'],
      description: 'Line one\nLine two',
      image: 'https://ada.example/a.png',
      feeds: [{ url: 'https://ada.example/feed/', title: 'Ada', type: 'rss' }],
      note: 'A note with </script> and \u2028 separators',
      quote: 'That brain of mine is more than merely mortal.',
      reliability: { rating: 4, reason: 'Letters' },
      provenance: { pageUrl: 'https://ada.example/about', pageTitle: 'About', capturedAt: 1_600_000_000_000 },
    }),
    testSource({ id: 'a1', title: 'Notes on the Engine', url: 'https://ada.example/notes', creators: ['p1'] }),
    testSource({ id: 'p2', title: 'Charles Babbage', kind: 'person', category: 'experts' }),
  ];
  const trash = [
    {
      id: 't1',
      deletedAt: 1_650_000_000_000,
      source: testSource({ id: 't1', title: 'Gone', url: 'https://gone.example/' }),
    },
  ];
  const clips = [
    {
      sourceId: 'a1',
      title: 'Notes',
      blocks: [
        { type: 'h' as const, text: 'Note G' },
        { type: 'pre' as const, text: 'V1 = 1\n  V2 = 2' },
      ],
      truncated: true,
      words: 7,
      clippedAt: 1_650_000_000_001,
    },
  ];

  it('round-trips: a backup reads back as identical data', () => {
    const text = writeBackup({ sources, trash, clips, exportedAt: 1_700_000_000_000 });
    const { backup, invalid } = read(text);
    expect(invalid).toEqual([]);
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: 1_700_000_000_000,
      sources,
      trash,
      clips,
      goals: [],
      journal: [],
    });
    // And a second time gives the same text.
    expect(writeBackup({ ...backup })).toBe(text);
  });

  it('round-trips a source’s review and the checks behind its reliability', () => {
    const reviewed = testSource({
      url: 'https://blog.example/reviewed',
      review: { step: 2, at: 1_700_000_000_000 },
      reliability: { rating: 4, reason: 'Cites its data', checks: ['evidence', 'corroborated'] },
    });
    const { backup } = read(writeBackup({ sources: [reviewed], trash: [], clips: [], exportedAt: 1 }));
    expect(backup.sources).toEqual([reviewed]);
    expect(backup.sources[0]).toMatchObject({
      review: { step: 2 },
      reliability: { checks: ['evidence', 'corroborated'] },
    });
  });

  it('writes one record per line, as valid JSON', () => {
    const text = writeBackup({ sources, trash: [], clips: [], exportedAt: 1 });
    expect(JSON.parse(text)).toMatchObject({
      format: 'pln-capture-backup',
      version: 1,
      exportedAt: 1,
      trash: [],
      clips: [],
    });
    expect(text.split('\n').filter((l) => l.startsWith('    {'))).toHaveLength(3);
  });

  it('backupToRows: the sources with an address as rows, for a preview', () => {
    const { backup } = read(writeBackup({ sources, trash, clips, exportedAt: 1 }));
    const preview = backupToRows(backup);
    expect(preview.format).toBe('pln-json');
    expect(preview.rows.map((r) => [r.line, r.title, r.kind, r.category])).toEqual([
      [1, 'Ada Lovelace ✨ "quoted" \\ backslash', 'person', 'mentors'],
      [2, 'Notes on the Engine', 'article', 'blogs'],
    ]);
    expect(preview.rows[0]).toMatchObject({
      image: 'https://ada.example/a.png',
      note: sources[0]?.note,
      feeds: sources[0]?.feeds,
    });
  });
});

describe('sourceLines', () => {
  it("numbers each kept source by its place in the file's list, past the refused ones", () => {
    const good = (n: number) => testSource({ title: `Post ${n}`, url: `https://example.org/${n}` });
    const text = writeBackup({
      sources: [good(1), { ...good(2), url: 'javascript:x' }, good(3)],
      trash: [],
      clips: [],
    });
    const read = readBackup(text);
    if ('error' in read) throw new Error(problemText(read.error));
    expect(read.backup.sources.map((s) => s.title)).toEqual([good(1).title, good(3).title]);
    expect(sourceLines(read.backup, read.invalid)).toEqual([1, 3]);
  });
});
