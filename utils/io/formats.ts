import { backupFormat } from './backup';
import { bookmarksFormat } from './bookmarks-html';
import { csvFormat } from './csv';
import { opmlFormat } from './opml';

/**
 * Every file format the import reads and the export writes, in the order the page lists them.
 * A new format is a file with its parser, writer and `FileFormat` entry (see format.ts), its
 * test beside it, and a line here; utils/conventions.test.ts fails when one is missing.
 */
export const FILE_FORMATS = [backupFormat, csvFormat, opmlFormat, bookmarksFormat] as const;

export type FileFormatId = (typeof FILE_FORMATS)[number]['id'];

/** The formats that write a file of the collection, with how. */
export const EXPORT_FORMATS = FILE_FORMATS.flatMap((format) =>
  format.export ? [{ ...format, export: format.export }] : [],
);

/** The file name extensions the import takes, for a file input's `accept`. */
export const IMPORT_ACCEPT = FILE_FORMATS.flatMap((format) => format.extensions.map((e) => `.${e}`)).join(',');
