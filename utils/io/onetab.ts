/**
 * OneTab's export (OneTab → Export / Import URLs): one tab a line, `URL | Title`, a blank line
 * between tab groups. Each tab becomes an item to explore; its kind comes from its address.
 */
import type { FileFormat } from './format';
import { RowCollector } from './rows';
import type { ImportError, ParsedImport } from './types';

const TAB = /^(\S+) \| ?(.*)$/;

export function parseOneTab(text: string): ParsedImport | ImportError {
  const rows = new RowCollector('onetab');
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = TAB.exec(line);
    if (match) rows.add({ line: index + 1, url: match[1], title: (match[2] ?? '').trim() });
    else if (/^https?:\/\/\S+$/i.test(line)) rows.add({ line: index + 1, url: line });
    else rows.refuse(index + 1, { code: 'problem_row_onetab_line', subs: [line.slice(0, 80)] });
  });
  return rows.result();
}

export const onetabFormat: FileFormat<'onetab'> = {
  id: 'onetab',
  label: 'format_onetab',
  extensions: [],
  sniff: ({ first }) => (/^https?:\/\/\S+ \| /i.test(first) ? 'sure' : false),
  parse: parseOneTab,
};
