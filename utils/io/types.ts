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
  url: string;
  description?: string;
  category?: Category;
  status?: Status;
  topics: string[];
  note?: string;
  quote?: string;
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
  rows: ImportRow[];
  invalid: ImportIssue[];
}

export type ImportFormat = 'bookmarks-html' | 'csv' | 'opml' | 'pln-json';
