/**
 * Several import files at once, merged into one import (undone as a whole): rows with one
 * address in two files become one row, and those are named; refusals keep their file and line.
 */
import { mergeImportRows } from './rows';
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
      mergeImportRows(known.row, row);
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
