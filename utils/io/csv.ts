/**
 * CSV: read with an RFC 4180 reader (csv-reader.ts, with Excel's `sep=;` line), the column
 * mappings of Raindrop, Instapaper and Pocket exports and of our own, and a writer for our
 * columns that keeps spreadsheets from running cells as formulas.
 *
 * A row with a stray quote (`a"b`, `"a"b`) or a quote that is never closed is refused with its
 * line number; the reader then goes on with the next line, so one bad row spoils nothing else.
 */
import type { Source } from '../model/source';
import { RowCollector, asCategory, asKind, asStatus, feedType, parseTime, splitTags, type RowDraft } from './rows';
import { plainText } from './text';
import type { ImportError, ImportVariant, ParsedImport } from './types';
import type { FileFormat } from './format';
import { CsvReader, sniffDelimiter, type CsvRecord, type Delimiter } from './csv-reader';

export const CSV_COLUMNS = [
  'title',
  'url',
  'kind',
  'category',
  'status',
  'topics',
  'description',
  'note',
  'quote',
  'created',
  'feeds',
] as const;

/** Header names that can hold each field, for a CSV from an unknown tool (lower-case). */
const GENERIC: Record<'url' | 'title' | 'description' | 'note' | 'topics' | 'created', readonly string[]> = {
  url: ['url', 'link', 'href', 'address', 'uri', 'website', 'web address', 'bookmark url'],
  title: ['title', 'name', 'page title'],
  description: ['description', 'excerpt', 'summary'],
  note: ['note', 'notes', 'comment', 'comments'],
  topics: ['tags', 'topics', 'labels', 'keywords', 'folder'],
  created: ['created', 'created_at', 'date', 'date added', 'added', 'time_added', 'timestamp'],
};

type Columns = ReadonlyMap<string, number>;

function detectVariant(columns: Columns): ImportVariant | undefined {
  const has = (name: string) => columns.has(name);
  if (has('url') && has('kind') && has('category') && has('title')) return 'pln';
  if (has('time_added') && has('url')) return 'pocket';
  if (has('url') && (has('selection') || (has('folder') && has('timestamp')))) return 'instapaper';
  if (has('url') && (has('excerpt') || has('highlights') || has('cover') || (has('folder') && has('created'))))
    return 'raindrop';
  if (GENERIC.url.some(has)) return 'generic';
  return undefined;
}

/** Instapaper's own folders, which say where an item stands rather than what it is about. */
const INSTAPAPER_FOLDERS = new Set(['unread', 'archive', 'starred']);

/** Undoes the writer's formula escaping (our own files only): `'=1` → `=1`, `''=1` → `'=1`. */
function unescapeFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function draftFor(variant: ImportVariant, get: (name: string) => string | undefined, line: number): RowDraft {
  const text = (name: string) => {
    const v = get(name);
    return v === undefined ? undefined : plainText(v);
  };
  switch (variant) {
    case 'pln': {
      const g = (name: string) => {
        const v = get(name);
        return v === undefined ? undefined : unescapeFormula(v);
      };
      const t = (name: string) => {
        const v = g(name);
        return v === undefined ? undefined : plainText(v);
      };
      return {
        line,
        url: g('url'),
        title: t('title'),
        kind: asKind(g('kind')),
        category: asCategory(g('category')),
        status: asStatus(g('status')),
        topics: splitOwnTopics(g('topics')),
        description: t('description'),
        note: g('note'),
        quote: g('quote'),
        createdAt: parseTime(g('created')),
        feeds: parseFeedsCell(g('feeds')),
      };
    }
    case 'pocket':
      return {
        line,
        url: get('url'),
        title: text('title'),
        topics: splitTags(get('tags'), '|'),
        createdAt: parseTime(get('time_added')),
        status: /archive/i.test(get('status') ?? '') ? 'archived' : undefined,
      };
    case 'instapaper': {
      const folder = (get('folder') ?? '').trim();
      const own = INSTAPAPER_FOLDERS.has(folder.toLowerCase());
      return {
        line,
        url: get('url'),
        title: text('title'),
        quote: text('selection'),
        topics: folder && !own ? [folder] : [],
        status: folder.toLowerCase() === 'archive' ? 'archived' : undefined,
        createdAt: parseTime(get('timestamp')),
      };
    }
    case 'raindrop': {
      const folder = (get('folder') ?? '').trim();
      return {
        line,
        url: get('url'),
        title: text('title'),
        description: text('excerpt'),
        note: get('note'),
        quote: get('highlights'),
        topics: [...(folder && folder.toLowerCase() !== 'unsorted' ? [folder] : []), ...splitTags(get('tags'))],
        createdAt: parseTime(get('created')),
        image: get('cover'),
      };
    }
    case 'generic': {
      const first = (names: readonly string[]) => names.map(get).find((v) => v !== undefined && v.trim() !== '');
      const description = first(GENERIC.description);
      const note = first(GENERIC.note);
      const title = first(GENERIC.title);
      return {
        line,
        url: first(GENERIC.url),
        title: title === undefined ? undefined : plainText(title),
        description: description === undefined ? undefined : plainText(description),
        note,
        topics: GENERIC.topics.flatMap((name) => splitTags(get(name), /[,|]/)),
        createdAt: parseTime(first(GENERIC.created)),
      };
    }
  }
}

/** Our feeds cell: a JSON list of {url, title, type}, or addresses separated by spaces. */
function parseFeedsCell(value: string | undefined): RowDraft['feeds'] {
  const cell = value?.trim();
  if (!cell) return [];
  if (cell.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(cell.slice(0, 256 * 1024));
      if (!Array.isArray(list)) return [];
      return list.flatMap((f: unknown) => {
        if (!f || typeof f !== 'object') return [];
        const { url, title, type } = f as Record<string, unknown>;
        if (typeof url !== 'string') return [];
        return [
          {
            url,
            ...(typeof title === 'string' && { title }),
            type: feedType(typeof type === 'string' ? type : undefined, url),
          },
        ];
      });
    } catch {
      return [];
    }
  }
  return splitTags(cell, /\s+/).map((url) => ({ url, type: feedType(undefined, url) }));
}

/**
 * Reads a CSV export: the header says whose it is (Raindrop, Instapaper, Pocket, ours, or any
 * CSV with a url/link column), case-insensitively. Refused rows keep their line numbers.
 */
export function parseCsv(text: string): ParsedImport | ImportError {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel's hint line, "sep=;", names the delimiter.
  const sep = /^sep=([,;\t])\r?\n/i.exec(body.slice(0, 10))?.[1] as Delimiter | undefined;
  const reader = new CsvReader(body, sep ?? sniffDelimiter(body));
  if (sep) reader.skipLine();

  let header: CsvRecord | undefined;
  for (let r = reader.next(); r; r = reader.next()) {
    if (r.fields.some((f) => f.trim() !== '')) {
      header = r;
      break;
    }
  }
  if (!header) return { error: { code: 'problem_csv_empty' } };
  if (header.error) return { error: { code: 'problem_csv_header', subs: [header.error] } };
  const columns = new Map<string, number>();
  header.fields.forEach((name, i) => {
    const key = name.replace(/\s+/g, ' ').trim().toLowerCase();
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const variant = detectVariant(columns);
  if (!variant) {
    return { error: { code: 'problem_csv_no_url' } };
  }

  const rows = new RowCollector('csv');
  for (let r = reader.next(); r; r = reader.next()) {
    const fields = r.fields;
    if (fields.every((f) => f.trim() === '')) continue;
    if (r.error) {
      rows.refuse(r.line, r.error);
      continue;
    }
    const get = (name: string): string | undefined => {
      const i = columns.get(name);
      return i === undefined ? undefined : fields[i];
    };
    rows.add(draftFor(variant, get, r.line));
  }
  return rows.result(variant);
}

/** Cells a spreadsheet would run as a formula (or that start with a tab or CR), and their escapes. */
const FORMULA = /^'*[=+\-@\t\r]/;

/** A cell as written: formula-like text gets a leading `'`; quoted when it must be. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Our CSV's topics cell: topics joined with `|`, a `|` or `\\` inside a topic written `\\|` or
 * `\\\\`, so "Q|A" comes back as one topic. Any other backslash is kept as written (files from
 * before the escape read the same as they did).
 */
export function joinOwnTopics(topics: readonly string[]): string {
  return topics.map((topic) => topic.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}

export function splitOwnTopics(cell: string | undefined): string[] {
  if (!cell) return [];
  const topics: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length && i < 64 * 1024; i++) {
    const c = cell[i];
    const next = cell[i + 1];
    if (c === '\\' && (next === '|' || next === '\\')) {
      current += next;
      i++;
    } else if (c === '|') {
      topics.push(current);
      current = '';
    } else current += c;
  }
  topics.push(current);
  return topics
    .map((topic) => topic.trim())
    .filter(Boolean)
    .slice(0, 500);
}

/**
 * Our CSV: one row per source with the CSV_COLUMNS, CRLF line ends, a byte order mark (so that
 * Excel reads UTF-8). Topics are joined with `|` (escaped, see joinOwnTopics); feeds are a JSON list; `created` is ISO 8601.
 * Sources without an address are written too (for reading), but cannot be imported back.
 */
export function writeCsv(sources: readonly Source[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of sources) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      title: s.title,
      url: s.url ?? '',
      kind: s.kind,
      category: s.category,
      status: s.status,
      topics: joinOwnTopics(s.topics),
      description: s.description ?? '',
      note: s.note ?? '',
      quote: s.quote ?? '',
      created: new Date(s.createdAt).toISOString(),
      feeds: s.feeds.length
        ? JSON.stringify(s.feeds.map((f) => ({ url: f.url, ...(f.title && { title: f.title }), type: f.type })))
        : '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * CSV (or TSV): any text file that is not markup may be one; read as CSV, it must have a column
 * of addresses. Sure only by its name.
 */
export const csvFormat: FileFormat<'csv'> = {
  id: 'csv',
  label: 'format_csv',
  extensions: ['csv', 'tsv', 'txt'],
  sniff: ({ first, extension }) =>
    first.startsWith('<') ? false : extension === 'csv' || extension === 'tsv' ? 'sure' : 'maybe',
  parse: parseCsv,
  export: {
    label: 'export_csv',
    mime: 'text/csv',
    stem: 'pln-capture',
    reads: 'sources',
    write: ({ sources }) => writeCsv(sources),
  },
};
