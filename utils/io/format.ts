import type { Goal } from '../model/goal';
import type { JournalEntry } from '../model/journal';
import type { MessageKey } from '../i18n';
import type { Clip } from '../model/clip';
import type { Source, TrashedSource } from '../model/source';
import type { Backup, BackupIssue } from './backup';
import type { ImportError, ParsedImport } from './types';

/**
 * One import or export file format, self-described: how to recognise its files, read them, and
 * (for most) write them. Every format is one of these in its own file, listed in formats.ts.
 */
export interface FileFormat<Id extends string = string> {
  id: Id;
  /** What the import's help text calls it ("browser bookmarks (HTML)"). */
  label: MessageKey;
  /** The file name extensions it is saved with, lower case, first the one it writes. */
  extensions: readonly string[];
  /**
   * Whether a file is in this format: 'sure' (its content says so, or its name and nothing
   * against it), 'maybe' (only if it reads without a problem), or false.
   */
  sniff(probe: Probe): 'sure' | 'maybe' | false;
  /** Reads a file's text (without a byte order mark). */
  parse(text: string): ImportFileResult;
  export?: FileExport;
}

/** What `sniff` looks at. */
export interface Probe {
  /** The file's first 64 KiB, white space at the start removed. */
  first: string;
  /** The same, lower case. */
  head: string;
  /** The name's extension, lower case, without the dot (empty when there is none). */
  extension: string;
}

/** How a format writes a file of the collection. */
export interface FileExport {
  /** The export button's words. */
  label: MessageKey;
  mime: string;
  /** The file's name before its date: pln-capture-feeds-2026-11-23.opml. */
  stem: string;
  /** What it needs: the sources, or everything (the trash and the kept texts too). */
  reads: 'sources' | 'everything';
  write(data: ExportData): string;
}

export interface ExportData {
  sources: readonly Source[];
  trash?: readonly TrashedSource[] | undefined;
  clips?: readonly Clip[] | undefined;
  goals?: readonly Goal[] | undefined;
  journal?: readonly JournalEntry[] | undefined;
}

/** A backup, with its records, the ones left out, and a preview in the shape of the other formats. */
export interface BackupImport {
  format: 'pln-json';
  backup: Backup;
  invalid: BackupIssue[];
  preview: ParsedImport;
}

export type ImportFileResult = ParsedImport | BackupImport | ImportError;
