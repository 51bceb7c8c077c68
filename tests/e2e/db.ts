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

/** Puts records into a store in one transaction. */
export function putRecords(page: Page, store: string, items: readonly object[]): Promise<void> {
  return page.evaluate(
    ([db, name, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const item of rows) tx.objectStore(name).put(item);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    [DATABASE, store, items] as const,
  );
}

/** Deletes records of a store by key, in one transaction. */
export function deleteRecords(page: Page, store: string, keys: readonly string[]): Promise<void> {
  return page.evaluate(
    ([db, name, ids]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const id of ids) tx.objectStore(name).delete(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    [DATABASE, store, keys] as const,
  );
}
