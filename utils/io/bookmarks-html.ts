/**
 * The Netscape bookmark file format: what Chrome, Edge, Firefox, Safari, Raindrop and others
 * export and import (`<DT><A HREF ADD_DATE TAGS>Title</A>`, `<DD>` descriptions, `<H3>` folders
 * each followed by a `<DL>` of their content), and Pocket's HTML export (`<h1>` sections with
 * `<ul><li><a href time_added tags>`).
 *
 * Reading is a pure string parse (no DOM, so it also runs in a service worker): folder names
 * become topics (except the browsers' own roots: "Bookmarks bar", "Other bookmarks"...), TAGS
 * become topics, ADD_DATE (seconds) becomes createdAt, the kind is guessed from the address.
 * Titles are markup turned to text; `<script>` and `<style>` content is never read.
 */
import type { Source } from '../model/source';
import { CATEGORIES, type Category } from '../model/vocabulary';
import { MarkupReader, type TagToken } from './markup';
import { RowCollector, asCategory, asKind, asStatus, parseTime, splitTags, type RowDraft } from './rows';
import { decodeEntities, escapeAttribute, escapeMarkup } from './text';
import type { ParsedImport } from './types';
import { categoryLabel } from '../labels';
import type { FileFormat } from './format';

/**
 * Folders that are where a browser or tool puts bookmarks rather than what they are about
 * (compared lower-case). Folders marked PERSONAL_TOOLBAR_FOLDER or UNFILED_BOOKMARKS_FOLDER are
 * also roots, whatever their (localized) name.
 */
const ROOT_FOLDERS = new Set(
  [
    'Bookmarks',
    'Bookmarks bar',
    'Bookmarks toolbar',
    'Bookmarks menu',
    'Other bookmarks',
    'Mobile bookmarks',
    'Unsorted',
    'Unfiled bookmarks',
    'Favorites',
    'Favorites bar',
    'Favourites bar',
    'Other favorites',
    'Other favourites',
    'Mobile favorites',
    'Imported',
    'Reading list',
    'Speed dial',
    'Trash',
  ].map((name) => name.toLowerCase()),
);

/** Tags that start a new item or section: a text read for a title or description stops there. */
const STRUCTURAL = new Set(['dt', 'dd', 'dl', 'h1', 'h2', 'h3', 'a', 'ul', 'ol', 'li', 'hr']);
/** Tags whose content is never read (never taken as a title). */
const RAW_TEXT = ['script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'xmp', 'object'];
/** Tags inside a title or description that separate words. */
const BREAKS = new Set(['br', 'p', 'div', 'td', 'th', 'tr', 'blockquote', 'pre']);
const MAX_TEXT = 64 * 1024;

interface Folder {
  name: string;
  root: boolean;
}

/** The text up to the end of the element `close`, or up to the next item or section. */
function readText(reader: MarkupReader, close: string): string {
  let out = '';
  for (;;) {
    const token = reader.next();
    if (!token) break;
    if (token.type === 'text') {
      if (out.length < MAX_TEXT) out += token.cdata ? token.raw : decodeEntities(token.raw.slice(0, MAX_TEXT));
      continue;
    }
    if (token.closing && token.name === close) break;
    if (STRUCTURAL.has(token.name)) {
      reader.pos = token.start;
      break;
    }
    if (BREAKS.has(token.name)) out += ' ';
  }
  return out;
}

function isRootFolder(tag: TagToken, name: string): boolean {
  return (
    tag.attrs.has('personal_toolbar_folder') ||
    tag.attrs.has('unfiled_bookmarks_folder') ||
    ROOT_FOLDERS.has(name.replace(/\s+/g, ' ').trim().toLowerCase())
  );
}

export function parseBookmarksHtml(text: string): ParsedImport {
  const reader = new MarkupReader(text, { rawText: RAW_TEXT });
  const rows = new RowCollector('bookmarks-html');
  const folders: (Folder | null)[] = [];
  let pendingFolder: Folder | null = null;
  let archivedSection = false;
  /** The last bookmark read: a `<DD>` right after it is its description. */
  let last: RowDraft | undefined;
  const flush = () => {
    if (last) rows.add(last);
    last = undefined;
  };

  for (let token = reader.next(); token; token = reader.next()) {
    if (token.type === 'text') continue;
    const { name } = token;
    if (token.closing) {
      if (name === 'dl' || name === 'ul' || name === 'ol') {
        flush();
        folders.pop();
      }
      continue;
    }
    switch (name) {
      case 'a': {
        flush();
        last = bookmark(token, readText(reader, 'a'), reader.lineAt(token.start), folders, archivedSection);
        break;
      }
      case 'dd': {
        const description = readText(reader, 'dd');
        if (last) last.description = description;
        flush();
        break;
      }
      case 'h3':
      case 'h2': {
        flush();
        const folderName = readText(reader, name);
        pendingFolder = { name: folderName, root: isRootFolder(token, folderName) };
        break;
      }
      case 'h1': {
        // Netscape: "Bookmarks" (or "Bookmarks Menu"). Pocket: "Unread", "Read Archive".
        flush();
        archivedSection = /\barchive/i.test(readText(reader, 'h1'));
        break;
      }
      case 'dl':
      case 'ul':
      case 'ol': {
        if (!token.selfClosing) {
          flush();
          folders.push(pendingFolder);
          pendingFolder = null;
        }
        break;
      }
      default:
        break;
    }
  }
  flush();
  return rows.result();
}

function bookmark(
  tag: TagToken,
  title: string,
  line: number,
  folders: readonly (Folder | null)[],
  archivedSection: boolean,
): RowDraft {
  const { attrs } = tag;
  const category = asCategory(attrs.get('pln_category'));
  // Our own export puts each bookmark in its category's folder: that folder is not a topic.
  const folderTopics = category ? [] : folders.filter((f): f is Folder => !!f && !f.root).map((f) => f.name);
  const draft: RowDraft = {
    line,
    url: attrs.get('href'),
    title,
    topics: [...folderTopics, ...splitTags(attrs.get('tags'))],
    kind: asKind(attrs.get('pln_kind')),
    category,
    status: asStatus(attrs.get('pln_status')) ?? (archivedSection ? 'archived' : undefined),
    createdAt: parseTime(attrs.get('add_date') ?? attrs.get('time_added')),
    image: attrs.get('data-cover'),
  };
  return draft;
}

export interface BookmarksWriteOptions {
  /** Folder name for a category (default: the English label). */
  categoryLabel?: (category: Category) => string;
}

/**
 * A Netscape bookmark file of the sources that have an address, one folder per category (in
 * the network page's order). Everything is escaped; each bookmark stays on one line, as
 * Chrome's importer needs. Kind, category and status are kept in PLN_* attributes that browsers
 * ignore and parseBookmarksHtml reads back; topics go in TAGS, the description in `<DD>`.
 * ADD_DATE is in seconds, so times lose their milliseconds.
 */
export function writeBookmarksHtml(sources: readonly Source[], options: BookmarksWriteOptions = {}): string {
  const label = options.categoryLabel ?? categoryLabel;
  const out = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file.',
    '     It will be read and overwritten.',
    '     DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  for (const category of CATEGORIES) {
    const inCategory = sources.filter((s) => s.category === category && s.url);
    if (!inCategory.length) continue;
    out.push(`    <DT><H3>${escapeMarkup(oneLine(label(category)))}</H3>`, '    <DL><p>');
    for (const source of inCategory) {
      const attrs: [string, string][] = [
        ['HREF', source.url ?? ''],
        ['ADD_DATE', String(Math.floor(source.createdAt / 1000))],
        ['LAST_MODIFIED', String(Math.floor(source.updatedAt / 1000))],
      ];
      if (source.topics.length) attrs.push(['TAGS', source.topics.join(',')]);
      attrs.push(['PLN_KIND', source.kind], ['PLN_CATEGORY', source.category], ['PLN_STATUS', source.status]);
      const attributes = attrs.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
      out.push(`        <DT><A ${attributes}>${escapeMarkup(oneLine(source.title))}</A>`);
      if (source.description) out.push(`        <DD>${escapeMarkup(source.description)}`);
    }
    out.push('    </DL><p>');
  }
  out.push('</DL><p>', '');
  return out.join('\n');
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Netscape bookmark files (every browser's export, Raindrop's, Pocket's HTML). */
export const bookmarksFormat: FileFormat<'bookmarks-html'> = {
  id: 'bookmarks-html',
  label: 'format_bookmarks',
  extensions: ['html', 'htm'],
  sniff: ({ first, head }) =>
    first.startsWith('<') &&
    (head.includes('<!doctype netscape-bookmark-file') ||
      /<dt>\s*<(?:a|h3)[\s>]/.test(head) ||
      /<title>\s*pocket export/.test(head) ||
      /<a\s[^<>]{0,4000}\btime_added=/.test(head))
      ? 'sure'
      : false,
  parse: parseBookmarksHtml,
  export: {
    label: 'export_html',
    mime: 'text/html',
    stem: 'pln-capture-bookmarks',
    reads: 'sources',
    write: ({ sources }) => writeBookmarksHtml(sources),
  },
};
