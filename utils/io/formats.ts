import { backupFormat } from './backup';
import { bibtexFormat } from './bibtex';
import { bookmarksFormat } from './bookmarks-html';
import { cslJsonFormat } from './csl-json';
import { csvFormat } from './csv';
import { goodreadsFormat } from './goodreads';
import { karakeepFormat } from './karakeep';
import { linkedinFormat } from './linkedin';
import { linkwardenFormat } from './linkwarden';
import { mastodonFormat } from './mastodon';
import { omnivoreFormat } from './omnivore';
import { onetabFormat } from './onetab';
import { opmlFormat } from './opml';
import { readwiseFormat } from './readwise';
import { risFormat } from './ris';
import { youtubeCsvFormat } from './youtube-csv';

/**
 * Every file format the import reads and the export writes, in the order the page lists them.
 * A new format is a file with its parser, writer and `FileFormat` entry (see format.ts), its
 * test beside it, and a line here; utils/conventions.test.ts fails when one is missing.
 *
 * Detection takes the first format that is sure of a file: the platforms' own exports, each
 * known by its header or structure, come before the general CSV and the backup (which is sure of
 * any JSON, to say why it is not one).
 */
export const FILE_FORMATS = [
  mastodonFormat,
  youtubeCsvFormat,
  linkedinFormat,
  goodreadsFormat,
  cslJsonFormat,
  bibtexFormat,
  risFormat,
  readwiseFormat,
  karakeepFormat,
  linkwardenFormat,
  omnivoreFormat,
  onetabFormat,
  backupFormat,
  csvFormat,
  opmlFormat,
  bookmarksFormat,
] as const;

export type FileFormatId = (typeof FILE_FORMATS)[number]['id'];

/** The formats that write a file of the collection, with how. */
export const EXPORT_FORMATS = FILE_FORMATS.flatMap((format) =>
  format.export ? [{ ...format, export: format.export }] : [],
);

/** The file name extensions the import takes, for a file input's `accept`. */
export const IMPORT_ACCEPT = FILE_FORMATS.flatMap((format) => format.extensions.map((e) => `.${e}`)).join(',');
