/**
 * RIS, the tagged format of reference managers and publishers (EndNote, Zotero, Mendeley,
 * journal sites' "Export citation"): `TY  - JOUR` starts a reference, `ER  -` ends it, one
 * `TAG  - value` a line. Each reference becomes a Paper (`BOOK` a Book), its authors
 * (AU/A1/A2, "Last, First") people linked as its creators, at its UR or else its DO's address;
 * year (PY/Y1/DA) and venue (T2/JO/JF/JA/BT/PB) are kept, keywords (KW) are topics.
 */
import type { FileFormat } from './format';
import { doiUrl, paperDescription } from './csl-json';
import { RowCollector } from './rows';
import type { ImportError, ParsedImport } from './types';

const TAG = /^([A-Z][A-Z0-9])  ?-(?: (.*))?$/;

interface Reference {
  line: number;
  tags: Map<string, string[]>;
}

/** "Lovelace, Ada" → "Ada Lovelace"; "Ada Lovelace" stays. */
export function risName(value: string): string {
  const [last = '', first = '', suffix = ''] = value.split(',').map((p) => p.trim());
  return [first, last, suffix].filter(Boolean).join(' ');
}

function addReference(rows: RowCollector, ref: Reference): void {
  const one = (...names: string[]) => names.map((n) => ref.tags.get(n)?.[0]?.trim()).find(Boolean);
  const all = (...names: string[]) =>
    names
      .flatMap((n) => ref.tags.get(n) ?? [])
      .map((v) => v.trim())
      .filter(Boolean);
  const type = one('TY')?.toUpperCase() ?? '';
  const url = one('UR', 'L1', 'L2') ?? doiUrl(one('DO', 'M3'));
  if (url === undefined) return rows.refuse(ref.line, { code: 'problem_row_no_address' });
  const venue = one('T2', 'JO', 'JF', 'JA', 'J2', 'BT', 'PB');
  const description = paperDescription(/\d{4}/.exec(one('PY', 'Y1', 'DA') ?? '')?.[0], one('AB', 'N2'));
  rows.add({
    line: ref.line,
    url,
    title: one('TI', 'T1', 'CT') ?? '',
    kind: type === 'BOOK' || type === 'EBOOK' ? 'book' : 'paper',
    category: 'research',
    creators: all('AU', 'A1', 'A2').map(risName),
    ...(venue && { siteName: venue }),
    ...(description && { description }),
    topics: all('KW'),
  });
}

export function parseRis(text: string): ParsedImport | ImportError {
  const rows = new RowCollector('ris');
  let ref: Reference | undefined;
  let last: string | undefined;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim()) return;
    const match = TAG.exec(line.trimEnd());
    if (!match) {
      // A value that goes on over the next line.
      if (ref && last) {
        const values = ref.tags.get(last);
        if (values && values.length > 0) values[values.length - 1] += ` ${line.trim()}`;
        return;
      }
      return rows.refuse(index + 1, { code: 'problem_row_ris_line', subs: [line.slice(0, 80)] });
    }
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') {
      if (ref) addReference(rows, ref);
      ref = { line: index + 1, tags: new Map() };
    } else if (tag === 'ER') {
      if (ref) addReference(rows, ref);
      ref = undefined;
      last = undefined;
      return;
    } else if (!ref) {
      return rows.refuse(index + 1, { code: 'problem_row_ris_outside', subs: [tag] });
    }
    const values = ref.tags.get(tag) ?? [];
    if (values.length < 100) values.push(value);
    ref.tags.set(tag, values);
    last = tag;
  });
  if (ref) addReference(rows, ref);
  return rows.result();
}

export const risFormat: FileFormat<'ris'> = {
  id: 'ris',
  label: 'format_ris',
  extensions: ['ris'],
  sniff: ({ first, extension }) => (/^TY {2}- /.test(first) ? 'sure' : extension === 'ris' ? 'maybe' : false),
  parse: parseRis,
};
