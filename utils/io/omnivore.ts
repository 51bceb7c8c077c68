/**
 * Omnivore's export (Settings → Export Data: a ZIP whose `metadata_*.json` files are read here,
 * one at a time or several at once): a list of `{id, slug, title, description, author, url,
 * state, labels, savedAt, publishedAt}`. Each item becomes an item to explore (archived when its
 * state says so), its labels topics.
 */
import type { FileFormat } from './format';
import { objectLines, parseJson } from './json-lines';
import { RowCollector, parseTime } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

type Item = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function labels(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((label) => {
    if (typeof label === 'string') return [label];
    if (label && typeof label === 'object' && typeof (label as Item).name === 'string')
      return [(label as Item).name as string];
    return [];
  });
}

export function parseOmnivore(text: string): ParsedImport | ImportError {
  const data = parseJson(text);
  if (!Array.isArray(data)) return { error: { code: 'problem_json_invalid' } };
  const lines = objectLines(text, [['*']]).get('*') ?? [];
  const rows = new RowCollector('omnivore');
  data.forEach((raw, index) => {
    const line = lines[index] ?? index + 1;
    if (!raw || typeof raw !== 'object')
      return rows.refuse(line, { code: 'problem_row_not_item', list: ['format_omnivore'] });
    const item = raw as Item;
    const title = str(item.title);
    const description = str(item.description);
    rows.add({
      line,
      url: str(item.url) ?? str(item.originalUrl),
      ...(title !== undefined && { title: plainText(title) }),
      ...(description && { description: plainText(description) }),
      topics: labels(item.labels),
      ...((/archiv/i.test(str(item.state) ?? '') || item.isArchived === true) && { status: 'archived' as const }),
      createdAt: parseTime(str(item.savedAt)),
    });
  });
  return rows.result();
}

export const omnivoreFormat: FileFormat<'omnivore'> = {
  id: 'omnivore',
  label: 'format_omnivore',
  extensions: [],
  sniff: ({ first }) =>
    /^\[\s*\{/.test(first) && /"slug"\s*:/.test(first) && /"savedAt"\s*:/.test(first) ? 'sure' : false,
  parse: parseOmnivore,
};
