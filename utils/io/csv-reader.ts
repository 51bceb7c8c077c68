/**
 * An RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or CR
 * line ends, a byte order mark, `,` `;` or tab delimiters sniffed from the header. A record with
 * a stray quote (`a"b`, `"a"b`) or a quote that is never closed says so, with its line; the
 * reader then goes on with the next line, so one bad row spoils nothing else.
 */

import type { Problem } from '../errors';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
  /** Why the record cannot be trusted (a stray quote...), when it cannot. */
  error?: Problem;
}

/** At most this many columns are kept from one record. */
export const MAX_COLUMNS = 1_000;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Reads records one at a time, so that a large file never becomes one large array of arrays. */
export class CsvReader {
  private pos = 0;
  private line = 1;
  private readonly delim: number;

  constructor(
    private readonly text: string,
    readonly delimiter: Delimiter = ',',
  ) {
    this.delim = delimiter.charCodeAt(0);
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Skips the rest of the current line (Excel's `sep=` line). */
  skipLine(): void {
    this.readUnquoted();
    this.endLine();
  }

  next(): CsvRecord | undefined {
    const t = this.text;
    const n = t.length;
    if (this.pos >= n) return undefined;
    const line = this.line;
    const fields: string[] = [];
    let error: Problem | undefined;
    let lastLine: number;
    for (;;) {
      let value: string;
      if (t.charCodeAt(this.pos) === QUOTE) {
        const quoted = this.readQuoted();
        if (quoted === undefined) {
          // Never closed: take the quote as a stray one and read the line as unquoted text.
          error ??= { code: 'problem_csv_open_quote', subs: [String(this.line)] };
          value = this.readUnquoted();
        } else {
          value = quoted;
          const c = t.charCodeAt(this.pos);
          if (this.pos < n && c !== this.delim && c !== CR && c !== LF) {
            const after = this.readUnquoted();
            // Spaces after a closing quote are harmless; anything else means a stray quote.
            if (after.trim()) error ??= { code: 'problem_csv_quote_after', subs: [String(this.line)] };
            value += after.trim() ? after : '';
          }
        }
      } else {
        value = this.readUnquoted();
        if (value.includes('"')) error ??= { code: 'problem_csv_quote_inside', subs: [String(this.line)] };
      }
      if (fields.length < MAX_COLUMNS) fields.push(value);
      else error ??= { code: 'problem_csv_columns', subs: [String(MAX_COLUMNS)] };
      lastLine = this.line;
      if (this.pos >= n) break;
      if (t.charCodeAt(this.pos) === this.delim) {
        this.pos++;
        continue;
      }
      this.endLine();
      break;
    }
    if (error && lastLine > line)
      error = { code: 'problem_csv_row_span', subs: [error, String(line), String(lastLine)] };
    return error ? { line, fields, error } : { line, fields };
  }

  /** Consumes a line end (CRLF, LF or CR) at the current position. */
  private endLine(): void {
    if (this.text.charCodeAt(this.pos) === CR) this.pos++;
    if (this.text.charCodeAt(this.pos) === LF) this.pos++;
    this.line++;
  }

  /** An unquoted field: up to the delimiter or the line end. */
  private readUnquoted(): string {
    const t = this.text;
    const n = t.length;
    const start = this.pos;
    let i = start;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === this.delim || c === CR || c === LF) break;
      i++;
    }
    this.pos = i;
    return t.slice(start, i);
  }

  /**
   * A quoted field from the opening quote; `undefined` (position unchanged but for the opening
   * quote) when the file ends before the closing quote.
   */
  private readQuoted(): string | undefined {
    const t = this.text;
    const open = this.pos;
    let from = open + 1;
    let value = '';
    for (;;) {
      const q = t.indexOf('"', from);
      if (q === -1) {
        this.pos = open + 1;
        return undefined;
      }
      value += t.slice(from, q);
      if (t.charCodeAt(q + 1) === QUOTE) {
        value += '"';
        from = q + 2;
        continue;
      }
      this.line += countLineBreaks(t, open, q);
      this.pos = q + 1;
      return value;
    }
  }
}

/** Line breaks (CRLF, LF or CR, each counting once) between two positions. */
function countLineBreaks(t: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && t.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** The delimiter of the first line (outside quotes): the most frequent of `,` `;` and tab. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  const end = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Our own columns, in order. */
