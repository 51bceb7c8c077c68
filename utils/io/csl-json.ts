/**
 * CSL JSON, as reference managers export it (Zotero: File → Export Library → CSL JSON; Mendeley
 * Reference Manager: Export → CSL JSON): a list of items with `type`, `title`, `author` (family
 * and given names), `issued`, `DOI`, `URL`, `container-title`. Each item becomes a Paper (a
 * `book` a Book), its authors people linked as its creators, at its URL or else its DOI's
 * address (`https://doi.org/…`); the year and the venue are kept.
 */
import type { FileFormat } from './format';
import { objectLines, parseJson } from './json-lines';
import { RowCollector, splitTags, type RowDraft } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

type Item = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

/** A DOI as an address: `10.1000/xyz` (or `doi:…`, or a doi.org link) → https://doi.org/10.1000/xyz. */
export function doiUrl(doi: string | undefined): string | undefined {
  const match = /(?:^|doi\.org\/|doi:\s*)(10\.\d{4,9}\/\S+)$/i.exec((doi ?? '').trim());
  return match?.[1] ? `https://doi.org/${match[1]}` : undefined;
}

/** A CSL name as one line: "Given Family", a literal name, or nothing. */
function cslName(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const name = value as Item;
  const literal = str(name.literal);
  if (literal) return literal;
  return [str(name.given), str(name['non-dropping-particle']), str(name.family), str(name.suffix)]
    .filter(Boolean)
    .join(' ');
}

/** The year of a CSL date: `{"date-parts": [[2021, 3]]}`, `{"raw": "2021"}` or `{"literal"}`. */
function cslYear(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const date = value as Item;
  const parts = date['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const year = str((parts[0] as unknown[])[0]);
    if (year) return year;
  }
  return /\b(\d{4})\b/.exec(str(date.raw) ?? str(date.literal) ?? '')?.[1];
}

/**
 * A paper's description: its year, then its abstract. (The venue is its siteName, the
 * publication it appeared in.)
 */
export function paperDescription(year: string | undefined, abstract: string | undefined): string | undefined {
  return [year, abstract].filter(Boolean).join('\n') || undefined;
}

function draft(item: Item, line: number): RowDraft {
  const year = cslYear(item.issued);
  const venue = str(item['container-title']) ?? str(item.publisher);
  const authors = Array.isArray(item.author) ? item.author.map(cslName) : [];
  const description = paperDescription(year, str(item.abstract));
  return {
    line,
    url: str(item.URL) ?? doiUrl(str(item.DOI)),
    title: plainText(str(item.title) ?? ''),
    kind: item.type === 'book' ? 'book' : 'paper',
    category: 'research',
    creators: authors.filter((a): a is string => !!a),
    ...(venue && { siteName: plainText(venue) }),
    ...(description && { description: plainText(description) }),
    topics: splitTags(str(item.keyword), /[,;]/),
  };
}

/** Whether a parsed value is a list of CSL items (each an object with a type, and a title or id). */
function isCslList(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.some((v) => !!v && typeof v === 'object' && 'type' in v && ('title' in v || 'id' in v))
  );
}

export function parseCslJson(text: string): ParsedImport | ImportError {
  const data = parseJson(text);
  if (!isCslList(data)) return { error: { code: 'problem_json_invalid' } };
  const lines = objectLines(text, [['*']]).get('*') ?? [];
  const rows = new RowCollector('csl-json');
  data.forEach((item, index) => {
    const line = lines[index] ?? index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item))
      return rows.refuse(line, { code: 'problem_row_not_item', list: ['format_csl_json'] });
    const d = draft(item as Item, line);
    if (d.url === undefined) return rows.refuse(line, { code: 'problem_row_no_address' });
    rows.add(d);
  });
  return rows.result();
}

export const cslJsonFormat: FileFormat<'csl-json'> = {
  id: 'csl-json',
  label: 'format_csl_json',
  extensions: [],
  sniff: ({ first }) =>
    /^\[\s*\{[\s\S]{0,2000}?"type"\s*:\s*"[\w-]+"/.test(first) &&
    /"(?:author|issued|container-title|DOI|citation-key)"\s*:/.test(first)
      ? 'sure'
      : false,
  parse: parseCslJson,
};
