import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { testSource } from '../model/test-source';
import { writeBackup } from './backup';
import { writeCsv } from './csv';
import { MAX_IMPORT_BYTES, checkImportSize, parseImportFile } from './detect';
import type { ImportFileResult } from './format';
import { problemText } from '../errors';

function kindOf(result: ImportFileResult): string {
  if ('error' in result) return `error: ${problemText(result.error)}`;
  if ('backup' in result) return 'backup';
  return result.format + (result.variant ? `/${result.variant}` : '');
}

describe('parseImportFile', () => {
  it.each([
    ['bookmarks.html', 'chrome-bookmarks.html', 'bookmarks-html'],
    ['export.txt', 'firefox-bookmarks.html', 'bookmarks-html'],
    ['ril_export.html', 'pocket.html', 'bookmarks-html'],
    ['Raindrop.html', 'raindrop.html', 'bookmarks-html'],
    ['subscriptions.xml', 'feedly.opml', 'opml'],
    ['subscription_manager', 'youtube-subscriptions.opml', 'opml'],
    ['export.csv', 'raindrop.csv', 'csv/raindrop'],
    ['instapaper-export.txt', 'instapaper.csv', 'csv/instapaper'],
    ['part_000000.csv', 'pocket.csv', 'csv/pocket'],
    ['backup.json', 'backup-v1.json', 'backup'],
    ['backup.txt', 'backup-v1.json', 'backup'],
  ])('%s (%s) is read as %s, by its content', (name, file, expected) => {
    expect(kindOf(parseImportFile(name, fixture(file)))).toBe(expected);
  });

  it('reads our own CSV and backup exports', () => {
    const sources = [testSource({ title: 'A', url: 'https://a.example/' })];
    expect(kindOf(parseImportFile('pln.csv', writeCsv(sources)))).toBe('csv/pln');
    const result = parseImportFile('pln.json', writeBackup({ sources, trash: [], clips: [] }));
    expect('backup' in result && result.preview.rows.map((r) => r.url)).toEqual(['https://a.example/']);
    expect('backup' in result && result.backup.sources).toEqual(sources);
  });

  it('passes on a backup’s record problems and whole-file errors', () => {
    const broken = fixture('backup-v1.json').replace('"https://jvns.ca/blog/how-dns-works"', '"javascript:alert(1)"');
    const result = parseImportFile('backup.json', broken);
    // The clip of the refused source has no source left: refused too.
    expect('backup' in result && result.invalid.map((i) => problemText(i.problem))).toEqual([
      'source 2 ("How DNS works"): url: not a web address (javascript:)',
      'clip 1 ("How DNS works"): it belongs to no source in the file',
    ]);
    expect('backup' in result && result.preview.invalidCount).toBe(2);
    expect('backup' in result && result.backup.sources.map((s) => s.id)).toEqual(['p1', 'p2']);
    expect(kindOf(parseImportFile('backup.json', fixture('backup-v1.json').slice(0, 200)))).toMatch(
      /^error: The file ends too early/,
    );
  });

  it('lists the formats it reads when it refuses a file', () => {
    expect(kindOf(parseImportFile('notes.txt', 'just some words'))).toBe(
      'error: This file is not in a format PLN Capture can import. PLN Capture reads Mastodon follows (CSV), ' +
        'YouTube subscriptions (CSV), LinkedIn connections (CSV), Goodreads libraries (CSV), CSL JSON references ' +
        '(Zotero, Mendeley), BibTeX references, RIS references, Readwise Reader exports (CSV), Karakeep exports ' +
        '(JSON), Linkwarden exports (JSON), Omnivore exports (JSON), OneTab lists (text), PLN Capture backups (JSON), ' +
        'CSV exports (Raindrop, Instapaper, Pocket, PLN Capture), OPML subscription lists, and browser bookmarks (HTML).',
    );
  });

  it('refuses a file over 200 MB before reading it', () => {
    const result = parseImportFile('huge.html', fixture('chrome-bookmarks.html'), MAX_IMPORT_BYTES + 1);
    expect(result).toEqual({ error: { code: 'problem_too_large', subs: ['201 MB', '200 MB'] } });
    expect(kindOf(result)).toBe('error: This file is too large to import (201 MB; the limit is 200 MB).');
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toBeDefined();
  });

  it('says plainly what it cannot read', () => {
    expect(kindOf(parseImportFile('empty.csv', '  \n '))).toBe('error: This file is empty.');
    expect(kindOf(parseImportFile('pocket.zip', 'PK\u0003\u0004\u0014\u0000rest'))).toMatch(
      /^error: This is a ZIP archive/,
    );
    expect(kindOf(parseImportFile('x.bin', 'abc\u0000\u0001def'))).toMatch(/^error: This file is not text/);
    expect(kindOf(parseImportFile('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>'))).toMatch(
      /^error: This is a feed/,
    );
    expect(
      kindOf(
        parseImportFile('page.html', '<!doctype html><html><body><a href="https://x.example/">x</a></body></html>'),
      ),
    ).toMatch(/^error: This is a web page, not a bookmarks export/);
    expect(kindOf(parseImportFile('notes.txt', 'just some notes\nwithout columns'))).toMatch(
      /^error: This file is not in a format PLN Capture can import/,
    );
    expect(kindOf(parseImportFile('people.csv', 'name,age\nAda,36'))).toMatch(
      /^error: This CSV file has no column of web addresses/,
    );
    expect(kindOf(parseImportFile('data.json', '{"items": []}'))).toBe(
      'error: This JSON file is not a PLN Capture backup.',
    );
    expect(kindOf(parseImportFile('data.xml', '<svg></svg>'))).toMatch(/^error: This file is not in a format/);
  });

  it('skips a byte order mark and leading blank lines before sniffing', () => {
    expect(kindOf(parseImportFile('x', `\uFEFF\n\n  ${fixture('feedly.opml')}`))).toBe('opml');
    expect(kindOf(parseImportFile('x', `\uFEFF${fixture('backup-v1.json')}`))).toBe('backup');
  });
});

describe('parseImportFile on hostile input', () => {
  it.each([
    ['<a <a', `<DL>${'<a '.repeat(500_000)}`],
    ['pocket-like tags', `<html><title>x</title>${'<a time_added'.repeat(100_000)}`],
    ['<script> openings', `<!DOCTYPE NETSCAPE-Bookmark-file-1><DL>${'<script>'.repeat(200_000)}`],
    ['quotes in CSV', `url,title\n${'"'.repeat(1_000_000)}`],
    ['a CSV of stray quotes', `url,title\n${'a"b,"c"d\n'.repeat(100_000)}`],
    ['OPML outlines without ends', `<opml><body>${'<outline text="'.repeat(100_000)}`],
  ])('%s: answers quickly without throwing', (_name, text) => {
    const result = parseImportFile('file', text);
    expect(result).toBeTypeOf('object');
  });
});
