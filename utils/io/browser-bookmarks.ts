/**
 * A folder of the browser's own bookmarks (the `bookmarks` API, an optional permission asked for
 * when the person chooses this import) as import rows: the folder's bookmarks and those of its
 * subfolders, whose names become topics.
 */
import { RowCollector } from './rows';
import type { ParsedImport } from './types';

/** The part of a bookmark tree node that the import reads (browser.bookmarks.BookmarkTreeNode). */
export interface BookmarkNode {
  id: string;
  title: string;
  url?: string | undefined;
  dateAdded?: number | undefined;
  children?: BookmarkNode[] | undefined;
}

export interface BookmarkFolder {
  id: string;
  /** "Bookmarks bar › Learning › Talks" */
  path: string;
  /** Bookmarks in it and below. */
  count: number;
}

const MAX_DEPTH = 40;

/** Every folder of the tree with its path and how many bookmarks it holds (with its subfolders). */
export function bookmarkFolders(root: BookmarkNode): BookmarkFolder[] {
  const folders: BookmarkFolder[] = [];
  const walk = (node: BookmarkNode, trail: string[], depth: number): number => {
    if (node.url !== undefined) return 1;
    if (depth > MAX_DEPTH) return 0;
    const path = node.title ? [...trail, node.title] : trail;
    const entry: BookmarkFolder = { id: node.id, path: path.join(' › '), count: 0 };
    if (path.length > 0) folders.push(entry);
    entry.count = (node.children ?? []).reduce((sum, child) => sum + walk(child, path, depth + 1), 0);
    return entry.count;
  };
  walk(root, [], 0);
  return folders;
}

export function findFolder(root: BookmarkNode, id: string): BookmarkNode | undefined {
  if (root.id === id) return root;
  for (const child of root.children ?? []) {
    const found = findFolder(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The bookmarks of a folder and its subfolders as rows; subfolder names below it are topics. */
export function rowsFromBookmarkFolder(folder: BookmarkNode): ParsedImport {
  const rows = new RowCollector('browser-bookmarks');
  let line = 0;
  const walk = (node: BookmarkNode, topics: string[], depth: number) => {
    if (node.url !== undefined) {
      line += 1;
      rows.add({ line, url: node.url, title: node.title, topics, createdAt: node.dateAdded });
      return;
    }
    if (depth > MAX_DEPTH) return;
    const inner = depth === 0 || !node.title ? topics : [...topics, node.title];
    for (const child of node.children ?? []) walk(child, inner, depth + 1);
  };
  walk(folder, [], 0);
  return rows.result();
}
