/**
 * LinkedIn's connections, from its data export (Me → Settings & Privacy → Data privacy → Get a
 * copy of your data → Connections → Connections.csv): a few "Notes:" lines, then
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`. Each connection becomes
 * a person with their LinkedIn profile, among Peers; position and company are kept as a note.
 * Email addresses are read, and the page leaves them out unless the person asks to keep them.
 */
import { readTable, type TableRow } from './csv-table';
import type { FileFormat } from './format';
import { RowCollector, parseTime, type RowDraft } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

const isHeader = (keys: readonly string[]) =>
  keys.includes('first name') && keys.includes('last name') && keys.includes('url');

function draft(row: TableRow): RowDraft {
  const cell = (name: string) => plainText(row.get(name) ?? '').trim();
  const name = `${cell('first name')} ${cell('last name')}`.trim();
  const work = [cell('position'), cell('company')].filter(Boolean).join(' · ');
  const email = cell('email address');
  const connected = parseTime(cell('connected on'));
  return {
    line: row.line,
    url: row.get('url'),
    ...(name && { title: name }),
    kind: 'person',
    category: 'peers',
    status: 'following',
    ...(work && { note: work }),
    ...(email && { email }),
    ...(connected !== undefined && { createdAt: connected }),
  };
}

export function parseLinkedInConnections(text: string): ParsedImport | ImportError {
  const table = readTable(text, isHeader);
  if (!table) return { error: { code: 'problem_csv_no_url' } };
  const rows = new RowCollector('linkedin');
  for (const row of table.rows) {
    if (row.error) rows.refuse(row.line, row.error);
    else rows.add(draft(row));
  }
  return rows.result();
}

export const linkedinFormat: FileFormat<'linkedin'> = {
  id: 'linkedin',
  label: 'format_linkedin',
  extensions: [],
  sniff: ({ head }) =>
    /^(?:notes:[^\n]*\n[\s\S]{0,4000}?)?"?first name"?,"?last name"?,"?url"?/.test(head) ? 'sure' : false,
  parse: parseLinkedInConnections,
};
