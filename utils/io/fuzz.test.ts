import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport, previewRestore, restoreBackup } from '../db';
import { freshDatabase } from '../db/test-db';
import { failWriteAfter } from '../db/test-faults';
import { readBackup, sourceLines } from './backup';
import { writeCsv } from './csv';
import { decodeImportBytes } from './decode';
import { parseImportFile } from './detect';
import type { ImportFileResult } from './format';
import type { ImportError } from './types';
import { problemText } from '../errors';

/**
 * Every import format, fuzzed from the real fixture files: cut off at many points, in other
 * encodings, with huge fields, wrongly nested, and with random bytes flipped (a fixed seed, so a
 * failure comes back the same). For each mutation: the page's reading never throws; every
 * refused row or record says its line and why; and the import, previewed then applied on a fresh
 * database, is written whole (what the preview said, nothing skipped silently) or, when a write
 * fails on the way, not at all.
 */

const FIXTURES = [
  ['import', 'bookmarks.html'],
  ['io', 'chrome-bookmarks.html'],
  ['io', 'firefox-bookmarks.html'],
  ['io', 'hostile-bookmarks.html'],
  ['io', 'pocket.html'],
  ['io', 'raindrop.html'],
  ['io', 'raindrop.csv'],
  ['io', 'instapaper.csv'],
  ['io', 'pocket.csv'],
  ['io', 'feedly.opml'],
  ['io', 'hostile.opml'],
  ['io', 'youtube-subscriptions.opml'],
  ['io', 'backup-v1.json'],
  ['io', 'mastodon-follows.csv'],
  ['io', 'mastodon-follows-old.csv'],
  ['io', 'youtube-subscriptions.csv'],
  ['io', 'linkedin-connections.csv'],
  ['io', 'goodreads-library.csv'],
  ['io', 'zotero-csl.json'],
  ['io', 'references.bib'],
  ['io', 'references.ris'],
  ['io', 'readwise-reader.csv'],
  ['io', 'karakeep.json'],
  ['io', 'linkwarden.json'],
  ['io', 'omnivore.json'],
  ['io', 'onetab.txt'],
  ['io', 'podcasts.opml'],
  ['io', 'reader-folders.opml'],
] as const;

const fixtureBytes = (folder: string, name: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/${folder}/${name}`, import.meta.url)));

/** The CSV this extension writes, from the backup fixture's sources: the fourth CSV variant. */
function plnCsv(): Uint8Array {
  const read = readBackup(new TextDecoder().decode(fixtureBytes('io', 'backup-v1.json')));
  if ('error' in read) throw new Error(problemText(read.error));
  return new TextEncoder().encode(writeCsv(read.backup.sources));
}

/** xorshift32: the same mutations on every run. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Latin-1 bytes: characters it has as themselves, others as '?'. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f));

interface Mutation {
  label: string;
  bytes: Uint8Array;
  /** Text the reading must give back exactly (encodings that lose nothing). */
  same?: string;
}

function* mutations(bytes: Uint8Array, next: () => number): Generator<Mutation> {
  const text = decode(bytes);
  const at = (n: number) => Math.floor(next() * n);
  yield { label: 'as it is', bytes };
  for (let k = 1; k <= 10; k++)
    yield { label: `cut at ${k}/11`, bytes: bytes.slice(0, Math.floor((bytes.length * k) / 11)) };
  for (let k = 0; k < 4; k++) {
    const cut = at(bytes.length);
    yield { label: `cut at byte ${cut}`, bytes: bytes.slice(0, cut) };
  }
  yield { label: 'UTF-8 with a byte-order mark', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), same: text };
  yield { label: 'UTF-16 LE with a byte-order mark', bytes: utf16(text, true), same: text };
  yield { label: 'UTF-16 BE with a byte-order mark', bytes: utf16(text, false), same: text };
  yield {
    label: 'Latin-1 bytes',
    bytes: latin1(text),
    same: [...text].map((c) => (c.charCodeAt(0) <= 0xff ? c : '?')).join(''),
  };
  for (const filler of ['x', 'é', '"', '<', ',', '\n']) {
    const where = text.indexOf('"') >= 0 && filler === 'x' ? text.indexOf('"') + 1 : at(text.length);
    yield {
      label: `a huge field of ${JSON.stringify(filler)} at ${where}`,
      bytes: encode(text.slice(0, where) + filler.repeat(300_000) + text.slice(where)),
    };
  }
  yield { label: 'closing tags removed', bytes: encode(text.replace(/<\/[a-z0-9]+\s*>/gi, '')) };
  yield { label: 'opening tags doubled', bytes: encode(text.replace(/<(dl|outline|body|opml)\b/gi, '<$1><$1')) };
  yield { label: 'lists as objects', bytes: encode(text.replace(/\[/g, '{').replace(/\]/g, '}')) };
  yield { label: 'nested one level deeper', bytes: encode(text.replace(/\[/g, '[[').replace(/\]/g, ']]')) };
  const lines = text.split('\n');
  for (let k = 0; k < 3; k++) {
    const a = at(lines.length);
    const b = at(lines.length);
    const swapped = [...lines];
    [swapped[a], swapped[b]] = [swapped[b] ?? '', swapped[a] ?? ''];
    yield { label: `lines ${a + 1} and ${b + 1} swapped`, bytes: encode(swapped.join('\n')) };
  }
  yield* jsonMutations(text, next);
  for (let k = 0; k < 10; k++) {
    const flipped = bytes.slice();
    const flips = 1 + at(16);
    for (let f = 0; f < flips; f++) {
      const i = at(flipped.length);
      flipped[i] = (flipped[i] ?? 0) ^ (1 + at(255));
    }
    yield { label: `${flips} random bytes flipped (${k})`, bytes: flipped };
  }
}

/**
 * For a JSON file, mutations that keep it JSON: a field of a record given a wrong or hostile
 * value, or another record's (repeated ids and addresses), a record moved to another list or
 * wrapped in a list of its own.
 */
function* jsonMutations(text: string, next: () => number): Generator<Mutation> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  if (typeof data !== 'object' || data === null) return;
  // A list at the top (CSL JSON, Omnivore) is held under '' ; an object's lists are its records
  // (a backup's sources, trash and clips; Karakeep's bookmarks, Linkwarden's collections).
  const root = Array.isArray(data);
  const holder = (root ? { '': data } : data) as Record<string, unknown>;
  const backupLists = ['sources', 'trash', 'clips'];
  const lists = root
    ? ['']
    : backupLists.some((k) => k in holder)
      ? backupLists
      : Object.keys(holder).filter((k) => Array.isArray(holder[k]));
  if (lists.length === 0) return;
  const at = (n: number) => Math.floor(next() * n);
  const values = (other: unknown): unknown[] => [
    null,
    42,
    '',
    'x'.repeat(100_000),
    [],
    {},
    'javascript:alert(1)',
    ['https://example.org/claimed', 'not an address'],
    other,
  ];
  for (let k = 0; k < 20; k++) {
    const copy = structuredClone(holder) as Record<string, unknown[]>;
    const list = lists[at(lists.length)] ?? 'sources';
    const records = Array.isArray(copy[list]) ? copy[list] : [];
    if (records.length === 0) continue;
    const index = at(records.length);
    const record = records[index] as Record<string, unknown>;
    let label: string;
    if (k % 5 === 4) {
      const target = lists[at(lists.length)] ?? 'trash';
      records.splice(index, 1);
      (copy[target] ??= []).push(k % 2 ? record : [record]);
      label = `${list} ${index + 1} moved to ${target}`;
    } else {
      const keys = Object.keys(record);
      const key = keys[at(keys.length)] ?? 'id';
      const other = (records[at(records.length)] as Record<string, unknown>)[key];
      const choices = values(other);
      const choice = at(choices.length);
      record[key] = choices[choice];
      label = `${list} ${index + 1}: ${key} set to value ${choice}`;
    }
    yield { label, bytes: encode(JSON.stringify(root ? copy[''] : copy)) };
  }
}

/** Counts of every table of a database. */
async function counts(db: ReturnType<typeof freshDatabase>) {
  const [sources, trash, clips, imports] = await Promise.all([
    db.sources.count(),
    db.trash.count(),
    db.clips.count(),
    db.imports.count(),
  ]);
  return { sources, trash, clips, imports };
}

const NOTHING = { sources: 0, trash: 0, clips: 0, imports: 0 };

/** Every refusal says its line (a whole number from 1) and why. */
function expectLines(result: ImportFileResult, text: string, label: string) {
  if ('error' in result) {
    expect(problemText(result.error).trim(), label).not.toBe('');
    return;
  }
  const lineCount = text.split('\n').length;
  expect(result.invalid.length, label).toBeLessThanOrEqual('backup' in result ? Infinity : result.invalidCount);
  for (const issue of result.invalid) {
    expect(Number.isInteger(issue.line) && issue.line >= 1, `${label}: line ${issue.line}`).toBe(true);
    if (!('backup' in result)) expect(issue.line, label).toBeLessThanOrEqual(lineCount + 1);
    expect(problemText(issue.problem).trim(), label).not.toBe('');
  }
}

/**
 * Previews then applies the import on a fresh database; with `failAt`, the write of that number
 * fails on the way. Whole, or nothing.
 */
async function applyFresh(result: Exclude<ImportFileResult, ImportError>, failAt: number | undefined, label: string) {
  const db = freshDatabase();
  let restore: (() => void) | undefined;
  try {
    if ('backup' in result) {
      const lines = sourceLines(result.backup, result.invalid);
      const preview = await previewRestore(db, result.backup.sources, lines);
      if (failAt !== undefined) restore = failWriteAfter(failAt);
      const done = await restoreBackup(db, { fileName: 'fuzz.json', ...result.backup, lines }).catch(
        (error: unknown) => error as Error,
      );
      restore?.();
      restore = undefined;
      if (done instanceof Error) {
        expect(failAt, `${label}: ${done.message}`).toBeDefined();
        expect(await counts(db), label).toEqual(NOTHING);
        return;
      }
      expect(done.skipped, label).toBe(0);
      expect(done.record.created.length, label).toBe(preview.created);
      expect(await counts(db), label).toEqual({
        sources: preview.created + preview.merged,
        trash: result.backup.trash.length,
        clips: result.backup.clips.length,
        imports: 1,
      });
    } else {
      const preview = await previewImport(db, result.rows);
      if (failAt !== undefined) restore = failWriteAfter(failAt);
      const done = await applyImport(db, { fileName: 'fuzz', format: result.format, rows: result.rows }).catch(
        (error: unknown) => error as Error,
      );
      restore?.();
      restore = undefined;
      if (done instanceof Error) {
        expect(failAt, `${label}: ${done.message}`).toBeDefined();
        expect(await counts(db), label).toEqual(NOTHING);
        return;
      }
      // Nothing the preview counted is dropped silently on the way.
      expect(done.skipped, label).toBe(0);
      expect(done.record.created.length, label).toBe(preview.created);
      expect(await counts(db), label).toEqual({ sources: preview.created, trash: 0, clips: 0, imports: 1 });
    }
  } finally {
    restore?.();
    await db.delete();
  }
}

describe('every import format, fuzzed from the real fixture files', () => {
  const files: [string, Uint8Array][] = [
    ...FIXTURES.map(([folder, name]): [string, Uint8Array] => [name, fixtureBytes(folder, name)]),
    ['pln-capture.csv', plnCsv()],
  ];

  it.each(files)('%s', { timeout: 120_000 }, async (name, bytes) => {
    const next = random([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    let tried = 0;
    const seen = { refused: 0, written: 0, faulted: 0 };
    for (const mutation of mutations(bytes, next)) {
      const label = `${name}, ${mutation.label}`;
      const text = decodeImportBytes(mutation.bytes);
      if (mutation.same !== undefined)
        expect(text.replace(/^\uFEFF/, ''), label).toBe(mutation.same.replace(/^\uFEFF/, ''));
      let result: ImportFileResult;
      try {
        result = parseImportFile(name, text, mutation.bytes.length);
      } catch (error) {
        throw new Error(`${label}: reading threw ${String(error)}`, { cause: error });
      }
      expectLines(result, text, label);
      if ('error' in result) seen.refused += 1;
      else {
        // One mutation in four meets a full disk at some write on the way.
        const failAt = tried % 4 === 3 ? Math.floor(next() * 6) : undefined;
        await applyFresh(result, failAt, label);
        if (failAt === undefined) seen.written += 1;
        else seen.faulted += 1;
      }
      tried += 1;
    }
    expect(tried).toBeGreaterThan(40);
    // The mutations reach the writing, not only the refusals.
    expect(seen.written, JSON.stringify(seen)).toBeGreaterThan(8);
    expect(seen.faulted, JSON.stringify(seen)).toBeGreaterThan(2);
  });

  it('reads each fixture the same in every lossless encoding', () => {
    for (const [name, bytes] of files) {
      const text = decode(bytes);
      const expected = parseImportFile(name, text);
      for (const encoded of [utf16(text, true), utf16(text, false), new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])]) {
        expect(parseImportFile(name, decodeImportBytes(encoded)), name).toEqual(expected);
      }
    }
  });
});
