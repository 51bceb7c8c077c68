/**
 * Readwise Reader's export (Reader → Preferences → Export → CSV):
 * `Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen`. Tags are written as a
 * Python list (`['a', 'b']`); Location is new, later, shortlist, archive or feed: archive
 * becomes archived, and the feed (items Reader brought in, never saved) is skipped.
 */
import { readTable, firstLine, type TableRow } from './csv-table';
import type { FileFormat } from './format';
import { RowCollector, parseTime, type RowDraft } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

const isHeader = (keys: readonly string[]) =>
  keys.includes('url') && keys.includes('document tags') && keys.includes('location');

/** `['a', "b's"]` (or plain `a, b`) → ['a', "b's"]. */
export function pythonList(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (!text) return [];
  if (!text.startsWith('['))
    return text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  const tags: string[] = [];
  const item = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (let m = item.exec(text); m && tags.length < 500; m = item.exec(text)) {
    tags.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').trim());
  }
  return tags.filter(Boolean);
}

function draft(row: TableRow): RowDraft {
  const title = row.get('title');
  return {
    line: row.line,
    url: row.get('url'),
    ...(title !== undefined && { title: plainText(title) }),
    topics: pythonList(row.get('document tags')),
    ...((row.get('location') ?? '').trim().toLowerCase() === 'archive' && { status: 'archived' as const }),
    createdAt: parseTime(row.get('saved date')),
  };
}

export function parseReadwise(text: string): ParsedImport | ImportError {
  const table = readTable(text, isHeader);
  if (!table) return { error: { code: 'problem_csv_no_url' } };
  const rows = new RowCollector('readwise');
  for (const row of table.rows) {
    if (row.error) rows.refuse(row.line, row.error);
    else if ((row.get('location') ?? '').trim().toLowerCase() !== 'feed') rows.add(draft(row));
  }
  return rows.result();
}

export const readwiseFormat: FileFormat<'readwise'> = {
  id: 'readwise',
  label: 'format_readwise',
  extensions: [],
  sniff: ({ head }) => {
    const line = firstLine(head);
    return /(?:^|,)document tags(?:,|$)/.test(line) && /(?:^|,)location(?:,|$)/.test(line) ? 'sure' : false;
  },
  parse: parseReadwise,
};
