/**
 * Which format an import file is in, by its content first (the name's extension only breaks
 * ties), and its parse: bookmarks HTML, OPML, CSV, or a PLN Capture backup.
 */
import { type Backup, type BackupIssue, backupToRows, readBackup } from './backup';
import { parseBookmarksHtml } from './bookmarks-html';
import { parseCsv } from './csv';
import { parseOpml } from './opml';
import type { ImportError, ParsedImport } from './types';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** A backup, with its records, the ones left out, and a preview in the shape of the other formats. */
export interface BackupImport {
  format: 'pln-json';
  backup: Backup;
  invalid: BackupIssue[];
  preview: ParsedImport;
}

export type ImportFileResult = ParsedImport | BackupImport | ImportError;

const FORMATS_WE_READ =
  'PLN Capture reads browser bookmarks (HTML), CSV exports (Raindrop, Instapaper, Pocket, PLN Capture), OPML subscription lists and PLN Capture backups (JSON).';

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}

/**
 * Why a file of this size is refused, or undefined when it is fine. Call it with `File.size`
 * before reading the file; parseImportFile calls it too.
 */
export function checkImportSize(size: number): ImportError | undefined {
  if (size > MAX_IMPORT_BYTES) {
    return {
      error: `This file is too large to import (${megabytes(size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}).`,
    };
  }
  return undefined;
}

function extension(name: string): string {
  return /\.([a-z\d]{1,8})$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
}

/**
 * Reads an import file. `size` is the file's size in bytes (`File.size`; default: the text's
 * length): a file over MAX_IMPORT_BYTES is refused before anything is parsed.
 */
export function parseImportFile(name: string, text: string, size: number = text.length): ImportFileResult {
  const tooLarge = checkImportSize(Math.max(size, text.length));
  if (tooLarge) return tooLarge;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.slice(0, 64 * 1024);
  const first = start.trimStart();
  const ext = extension(name);

  if (!first) return { error: 'This file is empty.' };
  if (first.startsWith('PK\u0003\u0004')) {
    return {
      error:
        'This is a ZIP archive: unzip it first, then import the file inside (Pocket, for one, exports a ZIP with a CSV file in it).',
    };
  }
  // eslint-disable-next-line no-control-regex
  if (first.startsWith('%PDF') || /[\u0000-\u0008\u000E-\u001A]/.test(first.slice(0, 1024))) {
    return { error: `This file is not text, so it is no export that PLN Capture can read. ${FORMATS_WE_READ}` };
  }

  if (first.startsWith('{') || first.startsWith('[') || ext === 'json') {
    const result = readBackup(body);
    if ('error' in result) return result;
    return { format: 'pln-json', ...result, preview: backupToRows(result.backup, result.invalid) };
  }

  if (first.startsWith('<')) {
    const head = start.toLowerCase();
    if (/<opml[\s>]/.test(head)) return parseOpml(body);
    if (
      head.includes('<!doctype netscape-bookmark-file') ||
      /<dt>\s*<(?:a|h3)[\s>]/.test(head) ||
      /<title>\s*pocket export/.test(head) ||
      /<a\s[^<>]{0,4000}\btime_added=/.test(head)
    ) {
      return parseBookmarksHtml(body);
    }
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(head)) {
      return {
        error:
          'This is a feed, not a list of subscriptions. To follow it, save its site; to import subscriptions, export OPML from your feed reader.',
      };
    }
    if (/<html[\s>]|<!doctype html/.test(head) && (ext === 'html' || ext === 'htm')) {
      return { error: `This is a web page, not a bookmarks export. ${FORMATS_WE_READ}` };
    }
    return { error: `This file is not in a format PLN Capture can import. ${FORMATS_WE_READ}` };
  }

  const csv = parseCsv(body);
  if (!('error' in csv)) return csv;
  if (ext === 'csv' || ext === 'tsv') return csv;
  return { error: `This file is not in a format PLN Capture can import. ${FORMATS_WE_READ}` };
}
