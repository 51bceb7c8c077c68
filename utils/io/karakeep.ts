/**
 * Karakeep's (formerly Hoarder) JSON export (Settings → Import / Export → Export → JSON):
 * `{"bookmarks": [{createdAt, title, tags, lists, content: {type: "link", url}, note, archived}],
 * "lists": [{id, name, parentId}]}`. Each link becomes an item; its tags and the lists it is in
 * (with the lists above them, by parentId) become topics. Text and asset bookmarks have no
 * address and are refused with their line.
 */
import type { FileFormat } from './format';
import { objectLines, parseJson } from './json-lines';
import { RowCollector, parseTime } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

type Item = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown) =>
  Array.isArray(value) ? value.flatMap((v) => (typeof v === 'string' ? [v] : [])) : [];

/** Each list's name with the names of the lists above it: "Learning", "Learning/Rust" → both. */
export function listPaths(lists: unknown): Map<string, string[]> {
  const byId = new Map<string, { name: string; parent?: string }>();
  for (const list of Array.isArray(lists) ? lists : []) {
    if (!list || typeof list !== 'object') continue;
    const { id, name, parentId } = list as Item;
    const key = str(id) ?? (typeof id === 'number' ? String(id) : undefined);
    if (key === undefined || typeof name !== 'string') continue;
    const parent = str(parentId) ?? (typeof parentId === 'number' ? String(parentId) : undefined);
    byId.set(key, { name, ...(parent !== undefined && { parent }) });
  }
  const paths = new Map<string, string[]>();
  for (const id of byId.keys()) {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at) && names.length < 20;) {
      seen.add(at);
      const list = byId.get(at);
      if (!list) break;
      names.unshift(list.name);
      at = list.parent;
    }
    paths.set(id, names);
  }
  return paths;
}

export function parseKarakeep(text: string): ParsedImport | ImportError {
  const data = parseJson(text);
  if (!data || typeof data !== 'object' || !Array.isArray((data as Item).bookmarks)) {
    return { error: { code: 'problem_json_invalid' } };
  }
  const { bookmarks, lists } = data as { bookmarks: unknown[]; lists?: unknown };
  const paths = listPaths(lists);
  const lines = objectLines(text, [['bookmarks', '*']]).get('bookmarks/*') ?? [];
  const rows = new RowCollector('karakeep');
  bookmarks.forEach((raw, index) => {
    const line = lines[index] ?? index + 1;
    if (!raw || typeof raw !== 'object')
      return rows.refuse(line, { code: 'problem_row_not_item', list: ['format_karakeep'] });
    const bookmark = raw as Item;
    const content = (bookmark.content ?? {}) as Item;
    if (content.type !== 'link')
      return rows.refuse(line, { code: 'problem_row_no_web_address', subs: [String(str(content.type) ?? 'bookmark')] });
    const title = str(bookmark.title) ?? str(content.title);
    const note = str(bookmark.note);
    rows.add({
      line,
      url: str(content.url),
      ...(title !== undefined && { title: plainText(title) }),
      ...(str(content.description) && { description: plainText(str(content.description) ?? '') }),
      ...(note && { note }),
      topics: [...strings(bookmark.lists).flatMap((id) => paths.get(id) ?? []), ...strings(bookmark.tags)],
      ...(bookmark.archived === true && { status: 'archived' as const }),
      createdAt: parseTime(typeof bookmark.createdAt === 'number' ? bookmark.createdAt : str(bookmark.createdAt)),
    });
  });
  return rows.result();
}

export const karakeepFormat: FileFormat<'karakeep'> = {
  id: 'karakeep',
  label: 'format_karakeep',
  extensions: [],
  sniff: ({ first }) =>
    /^\{\s*"bookmarks"\s*:\s*\[/.test(first) ||
    (/^\{/.test(first) && /"content"\s*:\s*\{\s*"type"\s*:\s*"(?:link|text|asset)"/.test(first))
      ? 'sure'
      : false,
  parse: parseKarakeep,
};
