import type { Problem } from '../errors';
import type { ImportRow } from '../model/import-row';
import type { FileFormatId } from './formats';

/** What every import format produces before anything is written: rows to save (`ImportRow`, one zod
 * schema in utils/model/import-row.ts), and the rows it refused, with their line numbers and why. */
export interface ImportIssue {
  line: number;
  /** Why, as a problem (shown with problemText, in the person's language). */
  problem: Problem;
}

export interface ParsedImport {
  format: ImportFormat;
  /** Whose export a CSV file is, as recognised from its header. */
  variant?: ImportVariant;
  rows: ImportRow[];
  /** The first refused rows (at most MAX_LISTED_ISSUES), in file order. */
  invalid: ImportIssue[];
  /** How many rows were refused in all (`invalid` may list fewer). */
  invalidCount: number;
  /** Rows whose normalized address repeated an earlier row's: merged into that row. */
  duplicatesInFile: number;
}

/** A file format (formats.ts), or a folder of the browser's bookmarks. */
export type ImportFormat = FileFormatId | 'browser-bookmarks';

export type ImportVariant = 'raindrop' | 'instapaper' | 'pocket' | 'pln' | 'generic';

/** A file that cannot be read at all, and why. */
export interface ImportError {
  error: Problem;
}
