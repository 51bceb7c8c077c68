import type { Problem } from '../errors';
/**
 * A CSV file read by its header: the record whose column names a format recognises (after any
 * lines before it, such as LinkedIn's "Notes:"), then each record's cells by column name.
 * Shared by the formats that are CSV files of one platform (Mastodon, YouTube, LinkedIn...).
 */
import { CsvReader, sniffDelimiter } from './csv-reader';

/** One record after the header: its cells by (lower-case) column name. */
export interface TableRow {
  line: number;
  /** Why the record cannot be trusted (a stray quote...), when it cannot. */
  error?: Problem;
  fields: readonly string[];
  get(name: string): string | undefined;
}

/** A column name as compared: spaces collapsed, trimmed, lower case, without a byte order mark. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The first line of a probe's text, lower case, for a format that knows its header. */
export function firstLine(head: string): string {
  return (head.split(/\r\n|\n|\r/, 1)[0] ?? '').trim();
}

/**
 * Reads a CSV whose header `isHeader` recognises (it sees the column keys of each record until
 * one fits, at most `within` records in). Undefined when no record fits.
 */
export function readTable(
  text: string,
  isHeader: (keys: readonly string[]) => boolean,
  within = 20,
): { headerLine: number; rows: Generator<TableRow> } | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const reader = new CsvReader(body, sniffDelimiter(body));
  for (let i = 0, r = reader.next(); r && i < within; i++, r = reader.next()) {
    const keys = r.fields.map(columnKey);
    if (r.error || !isHeader(keys)) continue;
    const columns = new Map<string, number>();
    keys.forEach((key, index) => {
      if (key && !columns.has(key)) columns.set(key, index);
    });
    return { headerLine: r.line, rows: records(reader, columns) };
  }
  return undefined;
}

function* records(reader: CsvReader, columns: ReadonlyMap<string, number>): Generator<TableRow> {
  for (let r = reader.next(); r; r = reader.next()) {
    const fields = r.fields;
    if (fields.every((f) => f.trim() === '')) continue;
    yield {
      line: r.line,
      ...(r.error !== undefined && { error: r.error }),
      fields,
      get(name: string) {
        const i = columns.get(name);
        return i === undefined ? undefined : fields[i];
      },
    };
  }
}
