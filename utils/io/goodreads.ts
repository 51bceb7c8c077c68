import type { Problem } from '../errors';
/**
 * Goodreads' library export (My Books → Import and export → Export Library):
 * `Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,…,Exclusive Shelf,…`.
 * Each book becomes a Book (Research and reference) at its Goodreads page, its authors people
 * linked as its creators; the shelf is its status (read → archived, currently-reading →
 * following, to-read → to explore), other shelves are topics, and the rating is kept as stars
 * in the note.
 */
import { readTable, firstLine, type TableRow } from './csv-table';
import type { FileFormat } from './format';
import { RowCollector, parseTime, splitTags, type RowDraft } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';
import type { Status } from '../model/vocabulary';

const isHeader = (keys: readonly string[]) => keys.includes('book id') && keys.includes('title');

const SHELVES: Readonly<Record<string, Status>> = {
  read: 'archived',
  'currently-reading': 'following',
  'to-read': 'to_explore',
};

/** A rating of 1 to 5 as stars: ★★★★☆. */
export function stars(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(5 - rating);
}

/** Excel's quoting Goodreads writes ISBNs with: `="0316769487"` → 0316769487. */
function unformula(value: string): string {
  return value.replace(/^="?([^"]*)"?$/, '$1').trim();
}

function draft(row: TableRow): RowDraft | Problem {
  const cell = (name: string) => plainText(row.get(name) ?? '').trim();
  const id = cell('book id');
  if (!/^\d{1,12}$/.test(id)) return { code: 'problem_row_no_book_id', subs: [id.slice(0, 40)] };
  const shelf = cell('exclusive shelf').toLowerCase();
  const rating = Number(cell('my rating'));
  const year = cell('original publication year') || cell('year published');
  const isbn = unformula(cell('isbn13')) || unformula(cell('isbn'));
  const shelves = splitTags(cell('bookshelves')).filter((s) => !(s.toLowerCase() in SHELVES));
  const details = [year, cell('publisher'), isbn && `ISBN ${isbn}`].filter(Boolean).join(' · ');
  const review = cell('my review');
  return {
    line: row.line,
    url: `https://www.goodreads.com/book/show/${id}`,
    title: cell('title'),
    kind: 'book',
    category: 'research',
    ...(SHELVES[shelf] && { status: SHELVES[shelf] }),
    creators: [cell('author'), ...splitTags(cell('additional authors'))],
    topics: shelves,
    ...(details && { description: details }),
    ...(Number.isInteger(rating) &&
      rating >= 1 &&
      rating <= 5 && { note: review ? `${stars(rating)}\n${review}` : stars(rating) }),
    ...(!(rating >= 1) && review && { note: review }),
    createdAt: parseTime(cell('date added').replace(/\//g, '-')),
  };
}

export function parseGoodreads(text: string): ParsedImport | ImportError {
  const table = readTable(text, isHeader);
  if (!table) return { error: { code: 'problem_csv_no_url' } };
  const rows = new RowCollector('goodreads');
  for (const row of table.rows) {
    const d = row.error ?? draft(row);
    if ('code' in d) rows.refuse(row.line, d);
    else rows.add(d);
  }
  return rows.result();
}

export const goodreadsFormat: FileFormat<'goodreads'> = {
  id: 'goodreads',
  label: 'format_goodreads',
  extensions: [],
  sniff: ({ head }) => (/^book id,title,author(?:,|$)/.test(firstLine(head)) ? 'sure' : false),
  parse: parseGoodreads,
};
