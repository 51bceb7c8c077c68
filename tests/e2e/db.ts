import type { Page } from 'playwright-core';

/**
 * The extension's database, read and written from one of its pages (same origin), for tests
 * that check what was stored. Each call opens, works, closes (an open connection would block a
 * later upgrade) and fails instead of hanging when IndexedDB reports an error.
 */
const DATABASE = 'pln-capture';

/** The sources whose `index` has `value` (e.g. kind = person). */
export function sourcesBy<T = Record<string, unknown>>(page: Page, index: string, value: string): Promise<T[]> {
  return page.evaluate(
    ([db, idx, key]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const get = open.result.transaction('sources').objectStore('sources').index(idx).getAll(key);
          get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as T[]);
          };
        };
      }),
    [DATABASE, index, value] as const,
  );
}

/** One record of a store, by its key. */
export function record<T = Record<string, unknown>>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    ([db, name, id]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).get(id);
          get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as T | undefined);
          };
        };
      }),
    [DATABASE, store, key] as const,
  );
}

/**
 * Puts records into a store and deletes others by key, in one transaction. Sources written so get
 * a new stamp, as the extension's own writes do (utils/db/summaries.ts): a page's summary made
 * before no longer holds.
 */
function changeRecords(page: Page, store: string, put: readonly object[], remove: readonly string[]): Promise<void> {
  return page.evaluate(
    ([db, name, rows, keys]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const stamped = name === 'sources' && open.result.objectStoreNames.contains('summaries');
          const tx = open.result.transaction(stamped ? [name, 'summaries'] : [name], 'readwrite');
          if (stamped) tx.objectStore('summaries').put({ key: 'sources-stamp', stamp: crypto.randomUUID() });
          for (const item of rows) tx.objectStore(name).put(item);
          for (const key of keys) tx.objectStore(name).delete(key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    [DATABASE, store, put, remove] as const,
  );
}

/** Puts records into a store in one transaction. */
export const putRecords = (page: Page, store: string, items: readonly object[]) =>
  changeRecords(page, store, items, []);

/** Deletes records of a store for good, in one transaction (as "delete forever" leaves them). */
export const deleteRecords = (page: Page, store: string, keys: readonly string[]) =>
  changeRecords(page, store, [], keys);

/** Every record of a store, in key order (to compare two profiles' collections). */
export function allRecords<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    ([db, name]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).getAll();
          get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as T[]);
          };
        };
      }),
    [DATABASE, store] as const,
  );
}
