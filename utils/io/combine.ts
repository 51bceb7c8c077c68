/**
 * Several import files at once, merged into one import (undone as a whole): rows with one
 * address in two files become one row, and those are named; refusals keep their file and line.
 */
import { cleanTopics } from '../model/source';
import type { ImportRow } from '../model/import-row';
import type { ImportIssue, ParsedImport } from './types';

export interface FileIssue extends ImportIssue {
  file: string;
}

/** One address met in more than one file. */
export interface CrossFileDuplicate {
  title: string;
  files: string[];
}

export interface CombinedImport {
  /** The formats read, once each, in file order. */
  formats: string[];
  rows: ImportRow[];
  /** The first refused rows of every file, with their file. */
  invalid: FileIssue[];
  invalidCount: number;
  /** Repeats within one file (merged by its parser). */
  duplicatesInFile: number;
  /** Addresses met in several files, merged into one row. */
  acrossFiles: CrossFileDuplicate[];
}

/** At most this many merged addresses are named (all are merged). */
export const MAX_NAMED_DUPLICATES = 200;

/** Fills what `into` lacks from `from`, joins topics, feeds and creators. */
function mergeRows(into: ImportRow, from: ImportRow): void {
  into.topics = cleanTopics([...into.topics, ...from.topics]);
  const feeds = new Set(into.feeds.map((f) => f.url));
  into.feeds = [...into.feeds, ...from.feeds.filter((f) => !feeds.has(f.url))];
  if (from.creators) {
    const names = new Set((into.creators ?? []).map((c) => c.name));
    into.creators = [...(into.creators ?? []), ...from.creators.filter((c) => !names.has(c.name))];
  }
  for (const key of [
    'description',
    'note',
    'quote',
    'image',
    'createdAt',
    'siteName',
    'email',
    'category',
    'status',
  ] as const) {
    if (into[key] === undefined && from[key] !== undefined) (into as Record<string, unknown>)[key] = from[key];
  }
}

export function combineImports(files: readonly { name: string; parsed: ParsedImport }[]): CombinedImport {
  const byUrl = new Map<string, { row: ImportRow; files: string[] }>();
  const rows: ImportRow[] = [];
  const invalid: FileIssue[] = [];
  const acrossFiles = new Map<string, CrossFileDuplicate>();
  let invalidCount = 0;
  let duplicatesInFile = 0;
  const formats: string[] = [];
  for (const { name, parsed } of files) {
    if (!formats.includes(parsed.format)) formats.push(parsed.format);
    invalidCount += parsed.invalidCount;
    duplicatesInFile += parsed.duplicatesInFile;
    for (const issue of parsed.invalid) invalid.push({ file: name, ...issue });
    for (const row of parsed.rows) {
      const known = byUrl.get(row.url);
      if (!known) {
        const copy = { ...row, topics: [...row.topics], feeds: [...row.feeds] };
        byUrl.set(row.url, { row: copy, files: [name] });
        rows.push(copy);
        continue;
      }
      mergeRows(known.row, row);
      if (!known.files.includes(name)) known.files.push(name);
      if (known.files.length > 1) acrossFiles.set(row.url, { title: known.row.title, files: known.files });
    }
  }
  return {
    formats,
    rows,
    invalid,
    invalidCount,
    duplicatesInFile,
    acrossFiles: [...acrossFiles.values()].slice(0, MAX_NAMED_DUPLICATES),
  };
}

/** The rows without their email addresses: what is sent unless the person keeps them. */
export function withoutEmails(rows: readonly ImportRow[]): ImportRow[] {
  return rows.map((row) => {
    if (row.email === undefined) return row;
    const { email: _email, ...rest } = row;
    void _email;
    return rest;
  });
}
