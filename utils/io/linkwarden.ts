/**
 * Linkwarden's JSON export (Settings → Data → Export Data): the account with its `collections`,
 * each `{id, name, parentId, links: [{name, url, description, tags: [{name}], createdAt}]}`.
 * Each link becomes an item; its collection (with the collections above it, by parentId) and
 * its tags become topics.
 */
import type { FileFormat } from './format';
import { objectLines, parseJson } from './json-lines';
import { listPaths } from './karakeep';
import { RowCollector, parseTime } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

type Item = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function parseLinkwarden(text: string): ParsedImport | ImportError {
  const data = parseJson(text);
  if (!data || typeof data !== 'object' || !Array.isArray((data as Item).collections)) {
    return { error: { code: 'problem_json_invalid' } };
  }
  const collections = (data as { collections: unknown[] }).collections;
  const paths = listPaths(collections);
  const lines = objectLines(text, [['collections', '*', 'links', '*']]).get('collections/*/links/*') ?? [];
  const rows = new RowCollector('linkwarden');
  let index = 0;
  for (const raw of collections) {
    const collection = (raw && typeof raw === 'object' ? raw : {}) as Item;
    const id = typeof collection.id === 'number' ? String(collection.id) : str(collection.id);
    const topics = (id !== undefined && paths.get(id)) || [];
    for (const item of Array.isArray(collection.links) ? collection.links : []) {
      const line = lines[index++] ?? index;
      if (!item || typeof item !== 'object') {
        rows.refuse(line, { code: 'problem_row_not_item', list: ['format_linkwarden'] });
        continue;
      }
      const link = item as Item;
      const tags = Array.isArray(link.tags)
        ? link.tags.flatMap((t) =>
            t && typeof t === 'object' && typeof (t as Item).name === 'string' ? [(t as Item).name as string] : [],
          )
        : [];
      const title = str(link.name);
      const description = str(link.description);
      rows.add({
        line,
        url: str(link.url),
        ...(title !== undefined && { title: plainText(title) }),
        ...(description && { description: plainText(description) }),
        topics: [...topics, ...tags],
        createdAt: parseTime(str(link.createdAt)),
      });
    }
  }
  return rows.result();
}

export const linkwardenFormat: FileFormat<'linkwarden'> = {
  id: 'linkwarden',
  label: 'format_linkwarden',
  extensions: [],
  sniff: ({ first }) =>
    /^\{/.test(first) && /"collections"\s*:\s*\[/.test(first) && /"links"\s*:\s*\[/.test(first) ? 'sure' : false,
  parse: parseLinkwarden,
};
