import type { Category, Kind, Status } from '../model/vocabulary';

/**
 * What every import format produces before anything is written: rows to save, and the rows it
 * refused, with their line numbers and why. Rows are validated again (zod) when saved.
 */
export interface ImportRow {
  /** 1-based line (or record) number in the file, for messages. */
  line: number;
  kind: Kind;
  title: string;
  /** Normalized with `normalizeUrl`. */
  url: string;
  description?: string;
  category?: Category;
  status?: Status;
  topics: string[];
  note?: string;
  quote?: string;
  /** An http(s) picture of the item (Raindrop's cover). */
  image?: string;
  /** When the item was first saved in the other tool (epoch ms). */
  createdAt?: number;
  /** Feeds that belong to this source (OPML). */
  feeds: { url: string; title?: string; type: 'rss' | 'atom' | 'json' }[];
}

export interface ImportIssue {
  line: number;
  reason: string;
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

export type ImportFormat = 'bookmarks-html' | 'browser-bookmarks' | 'csv' | 'opml' | 'pln-json';

export type ImportVariant = 'raindrop' | 'instapaper' | 'pocket' | 'pln' | 'generic';

/** A file that cannot be read at all, in plain words. */
export interface ImportError {
  error: string;
}
