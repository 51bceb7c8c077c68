import type { Problem } from '../errors';
/**
 * BibTeX (.bib), as reference managers and publishers export it. Our own small reader (see
 * README): entries `@type{key, field = {…} | "…" | 2021 | macro # …}`, `@string` macros,
 * `@comment` and `@preamble` skipped, LaTeX accents and braces turned into text. Each entry
 * becomes a Paper (`@book` a Book), its authors (`Last, First and …`) people linked as its
 * creators, at its `url` or else its DOI's address; year and venue (journal, booktitle,
 * publisher) are kept, keywords are topics.
 */
import type { FileFormat } from './format';
import { doiUrl, paperDescription } from './csl-json';
import { RowCollector, splitTags } from './rows';
import type { ImportError, ParsedImport } from './types';

const MONTHS: Readonly<Record<string, string>> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

const ACCENTS: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
};
const LETTERS: Readonly<Record<string, string>> = {
  aa: 'å',
  AA: 'Å',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  ss: 'ß',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
};

/** LaTeX in a field as plain text: accents composed, `--` a dash, braces and commands dropped. */
export function latexText(value: string): string {
  const mark = (cmd: string, letter: string) => `${letter.replace(/^\\/, '')}${ACCENTS[cmd] ?? ''}`;
  return value
    .replace(/\\([`'^"~=.])\s*(?:\{\s*(\\?[a-zA-Z])\s*\}|(\\?[a-zA-Z]))/g, (_, cmd: string, a?: string, b?: string) =>
      mark(cmd, a ?? b ?? ''),
    )
    .replace(/\\([uvHckr])\s*(?:\{\s*(\\?[a-zA-Z])\s*\}|\s+([a-zA-Z]))/g, (_, cmd: string, a?: string, b?: string) =>
      mark(cmd, a ?? b ?? ''),
    )
    .replace(/\\(aa|AA|ae|AE|oe|OE|ss|o|O|l|L|i|j)(?![a-zA-Z])\s*(?:\{\})?/g, (_, cmd: string) => LETTERS[cmd] ?? cmd)
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/\\\\/g, ' ')
    .replace(/\\[a-zA-Z]+\*?\s*/g, '')
    .replace(/---?/g, '–')
    .replace(/~/g, ' ')
    .replace(/[{}]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** BibTeX authors: "Lovelace, Ada and Charles Babbage and {The Team}" → ["Ada Lovelace", ...]. */
export function bibAuthors(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (i === value.length || (depth === 0 && /^\sand\s/i.test(value.slice(i, i + 5)))) {
      names.push(value.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  return names.flatMap((raw) => {
    const parts = raw.split(',').map((p) => latexText(p));
    const [last = '', first = '', third] = parts;
    const name = third !== undefined ? `${third} ${last} ${first}` : first ? `${first} ${last}` : last;
    const clean = name.replace(/\s+/g, ' ').trim();
    return clean && clean.toLowerCase() !== 'others' ? [clean] : [];
  });
}

interface Entry {
  type: string;
  line: number;
  fields: Map<string, string>;
}

/** Reads entries; a broken one is an issue with its line, and reading goes on at the next `@`. */
class BibReader {
  private pos = 0;
  private line = 1;
  readonly macros = new Map<string, string>(Object.entries(MONTHS));
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  private advance(to: number): void {
    for (let i = this.pos; i < to && i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.line++;
    this.pos = to;
  }
  private skipSpace(): void {
    let i = this.pos;
    while (i < this.text.length && /\s/.test(this.text[i] ?? '')) i++;
    this.advance(i);
  }

  /** The next entry, an issue, or undefined at the end. */
  next(): Entry | { line: number; error: Problem } | undefined {
    const at = this.text.indexOf('@', this.pos);
    if (at < 0) return undefined;
    this.advance(at);
    const line = this.line;
    const head = /^@\s*([a-zA-Z]+)\s*([{(])/.exec(this.text.slice(at, at + 100));
    if (!head) {
      this.advance(at + 1);
      return this.next();
    }
    const type = (head[1] ?? '').toLowerCase();
    const close = head[2] === '(' ? ')' : '}';
    this.advance(at + head[0].length);
    if (type === 'comment' || type === 'preamble') {
      this.skipBalanced(close);
      return this.next();
    }
    const fields = new Map<string, string>();
    if (type !== 'string') {
      const key = /^[^,\s}]*\s*,?/.exec(this.text.slice(this.pos, this.pos + 1000));
      this.advance(this.pos + (key?.[0].length ?? 0));
    }
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === undefined) return { line, error: { code: 'problem_bib_unclosed_entry' } };
      if (c === close) {
        this.advance(this.pos + 1);
        break;
      }
      const name = /^([a-zA-Z][\w:.+-]*)\s*=\s*/.exec(this.text.slice(this.pos, this.pos + 200));
      if (!name) {
        const broken = this.line;
        this.skipToNextEntry();
        return { line: broken, error: { code: 'problem_bib_field' } };
      }
      this.advance(this.pos + name[0].length);
      const value = this.value();
      if (value === undefined) {
        const broken = this.line;
        this.skipToNextEntry();
        return { line: broken, error: { code: 'problem_bib_unclosed_value' } };
      }
      fields.set((name[1] ?? '').toLowerCase(), value);
      this.skipSpace();
      if (this.text[this.pos] === ',') this.advance(this.pos + 1);
    }
    if (type === 'string') {
      for (const [name, value] of fields) this.macros.set(name, value);
      return this.next();
    }
    return { type, line, fields };
  }

  /** A value: pieces joined with `#`. */
  private value(): string | undefined {
    let out = '';
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '{') {
        const end = this.balancedEnd(this.pos);
        if (end < 0) return undefined;
        out += this.text.slice(this.pos + 1, end);
        this.advance(end + 1);
      } else if (c === '"') {
        let depth = 0;
        let i = this.pos + 1;
        for (; i < this.text.length; i++) {
          const d = this.text[i];
          if (d === '{') depth++;
          else if (d === '}') depth--;
          else if (d === '"' && depth === 0) break;
        }
        if (i >= this.text.length) return undefined;
        out += this.text.slice(this.pos + 1, i);
        this.advance(i + 1);
      } else {
        const word = /^[\w:.+-]+/.exec(this.text.slice(this.pos, this.pos + 200));
        if (!word) return undefined;
        out += this.macros.get(word[0].toLowerCase()) ?? word[0];
        this.advance(this.pos + word[0].length);
      }
      this.skipSpace();
      if (this.text[this.pos] !== '#') return out;
      this.advance(this.pos + 1);
    }
  }

  /** The index of the `}` that closes the `{` at `from`, or -1. */
  private balancedEnd(from: number): number {
    let depth = 0;
    for (let i = from; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i;
    }
    return -1;
  }
  private skipBalanced(close: string): void {
    let depth = 1;
    let i = this.pos;
    for (; i < this.text.length && depth > 0; i++) {
      const c = this.text[i];
      if (c === '{' || c === '(') depth++;
      else if (c === '}' || c === ')') depth--;
    }
    void close;
    this.advance(i);
  }
  private skipToNextEntry(): void {
    const next = this.text.indexOf('\n@', this.pos);
    this.advance(next < 0 ? this.text.length : next + 1);
  }
}

export function parseBibtex(text: string): ParsedImport | ImportError {
  const reader = new BibReader(text);
  const rows = new RowCollector('bibtex');
  for (let entry = reader.next(); entry; entry = reader.next()) {
    if ('error' in entry) {
      rows.refuse(entry.line, entry.error);
      continue;
    }
    const get = (name: string) => {
      const value = entry.fields.get(name);
      return value === undefined ? undefined : latexText(value) || undefined;
    };
    const url = entry.fields.get('url')?.trim() || doiUrl(get('doi')) || undefined;
    if (url === undefined) {
      rows.refuse(entry.line, { code: 'problem_row_no_address' });
      continue;
    }
    const venue = get('journal') ?? get('journaltitle') ?? get('booktitle') ?? get('publisher') ?? get('school');
    const description = paperDescription(get('year') ?? /\d{4}/.exec(get('date') ?? '')?.[0], get('abstract'));
    rows.add({
      line: entry.line,
      url,
      title: get('title') ?? '',
      kind: entry.type === 'book' ? 'book' : 'paper',
      category: 'research',
      creators: bibAuthors(entry.fields.get('author') ?? entry.fields.get('editor') ?? ''),
      ...(venue && { siteName: venue }),
      ...(description && { description }),
      topics: splitTags(get('keywords'), /[,;]/),
    });
  }
  return rows.result();
}

export const bibtexFormat: FileFormat<'bibtex'> = {
  id: 'bibtex',
  label: 'format_bibtex',
  extensions: ['bib', 'bibtex'],
  sniff: ({ first, extension }) =>
    /^(?:%[^\n]*\n\s*)*@\s*(?:article|book|inproceedings|incollection|inbook|misc|phdthesis|mastersthesis|techreport|proceedings|conference|online|report|thesis|unpublished|manual|booklet|string|preamble|comment|software|dataset)\s*[{(]/i.test(
      first,
    )
      ? 'sure'
      : extension === 'bib' || extension === 'bibtex'
        ? 'maybe'
        : false,
  parse: parseBibtex,
};
