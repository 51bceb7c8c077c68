// What the import benchmarks (bench-import.mjs, bench-import-formats.mjs) measure an import
// against: how many sources the extension stored, and the floor, the same number of records put
// with raw IndexedDB in one transaction into a store with the extension's `sources` indexes.

/** How many sources the extension's database holds, read in the page. */
export function storedSources(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('pln-capture');
        open.onsuccess = () => {
          const req = open.result.transaction('sources').objectStore('sources').count();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
}

/**
 * Milliseconds to put `count` records with raw IndexedDB, in the page, into a fresh database
 * `name`: bookmarks (`'bookmark'`) or followed people who made one another's work (`'person'`).
 */
export function rawPutFloor(page, count, shape, name) {
  return page.evaluate(
    async ({ n, shape, name }) => {
      const db = await new Promise((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('sources', { keyPath: 'id' });
          store.createIndex('url', 'url', { unique: true });
          for (const key of [
            'kind',
            'category',
            'status',
            'createdAt',
            'updatedAt',
            'provenance.pageUrl',
            'lastVisitedAt',
          ])
            store.createIndex(key, key);
          for (const key of ['topics', 'creators', 'aliases']) store.createIndex(key, key, { multiEntry: true });
        };
        open.onsuccess = () => resolve(open.result);
      });
      const record = (i) => {
        const common = { id: `r${i}`, feeds: [], profiles: [], visits: 0, createdAt: i, updatedAt: i };
        if (shape === 'person') {
          const url = `https://instance${i % 50}.example/@user${i}`;
          const title = `@user${i}@instance${i % 50}.example`;
          const creators = i % 2 ? [`r${i - 1}`] : [];
          return {
            ...common,
            kind: 'person',
            category: 'experts',
            title,
            url,
            aliases: [url],
            topics: [],
            creators,
            status: 'following',
          };
        }
        const url = `https://site${i % 997}.example/posts/${i}`;
        const topics = [`topic${i % 40}`];
        return {
          ...common,
          kind: 'article',
          category: 'blogs',
          title: `Bookmark number ${i}`,
          url,
          aliases: [url],
          topics,
          creators: [],
          status: 'to_explore',
        };
      };
      const start = performance.now();
      await new Promise((resolve) => {
        const tx = db.transaction('sources', 'readwrite');
        const store = tx.objectStore('sources');
        for (let i = 0; i < n; i++) store.put(record(i));
        tx.oncomplete = resolve;
      });
      return performance.now() - start;
    },
    { n: count, shape, name },
  );
}

/**
 * Milliseconds to put, with raw IndexedDB in one transaction, exactly the sources the extension
 * stored (read back from its database: the same records, ids and sizes) into a fresh database
 * `name` whose `sources` store has the extension's indexes, copied from its database. The floor
 * for writing these records: what IndexedDB itself costs, without any of our code.
 */
export function rawPutOfStored(page, name) {
  return page.evaluate(async (name) => {
    const open = (dbName, version, upgrade) =>
      new Promise((resolve, reject) => {
        const request = version === undefined ? indexedDB.open(dbName) : indexedDB.open(dbName, version);
        if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const app = await open('pln-capture');
    const source = app.transaction('sources').objectStore('sources');
    const indexes = [...source.indexNames].map((n) => {
      const index = source.index(n);
      return { name: n, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const keyPath = source.keyPath;
    const records = await new Promise((resolve) => {
      const request = source.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    app.close();
    const db = await open(name, 1, (created) => {
      const store = created.createObjectStore('sources', { keyPath });
      for (const i of indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    });
    const start = performance.now();
    await new Promise((resolve) => {
      const tx = db.transaction('sources', 'readwrite');
      const store = tx.objectStore('sources');
      for (const record of records) store.put(record);
      tx.oncomplete = resolve;
    });
    const ms = performance.now() - start;
    db.close();
    return ms;
  }, name);
}
