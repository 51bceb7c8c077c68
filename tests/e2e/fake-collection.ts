/**
 * A made-up collection for browser tests and benchmarks: people, and the articles, videos...
 * they made, with topics, notes, quotes, ratings, visits and some kept article text.
 *
 * `generateFakeCollection` and `writeInPage` run inside an extension page (Playwright's
 * `page.evaluate`), so they are self-contained: no imports, no helpers from outside, plain data in
 * and out. They write straight into the extension's IndexedDB with bulk puts, in the shape
 * `Source` and `Clip` validate; pages opened afterwards see it (a raw write is not announced to
 * pages already open).
 *
 * Only erasable TypeScript here: `scripts/bench-panel.mjs` imports this file with Node's type
 * stripping.
 */
import { defaultCategory, KINDS, STATUSES } from '../../utils/model/vocabulary.ts';

export interface FakeCollectionOptions {
  /** How many sources in all, people included. */
  count: number;
  /** One source in this many has kept article text (0: none). */
  clipEvery?: number;
  seed?: number;
  /** The newest `createdAt`; others go back about three years from it. */
  now?: number;
}

export interface FakeCollectionResult {
  sources: number;
  people: number;
  clips: number;
  ms: number;
}

/** The vocabulary the collection is made of (utils/model/vocabulary.ts), passed into the page. */
export interface FakeVocabulary {
  /** Each kind's default category: most sources of a kind are in it. */
  categoryOf: Record<string, string>;
  statuses: readonly string[];
}

export function fakeVocabulary(): FakeVocabulary {
  return {
    categoryOf: Object.fromEntries(KINDS.map((kind) => [kind, defaultCategory(kind)])),
    statuses: STATUSES,
  };
}

export interface FakeCollection {
  sources: Record<string, unknown>[];
  clips: Record<string, unknown>[];
  people: number;
}

/** The collection, as rows of the `sources` and `clips` tables. Self-contained (see above). */
export function generateFakeCollection(options: FakeCollectionOptions, kinds: FakeVocabulary): FakeCollection {
  const count = options.count;
  const clipEvery = options.clipEvery ?? 50;
  const now = options.now ?? Date.now();
  let state = (options.seed ?? 42) >>> 0 || 1;
  const random = () => {
    // xorshift32: the same collection for the same seed.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  // Words follow a Zipf-like law: a few common, a long tail of rare ones.
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'sa',
    'ti',
    'vo',
    'ze',
    'qua',
    'ber',
    'don',
    'fel',
    'gri',
    'hal',
    'jun',
    'mor',
    'pel',
    'sto',
    'tran',
  ];
  const vocabulary: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const n = 2 + (i % 3);
    let w = '';
    for (let s = 0; s < n; s++) w += syllables[(i * 7 + s * 13 + Math.floor(i / 20)) % syllables.length];
    vocabulary.push(w + (i > 3000 ? String(i % 97) : ''));
  }
  const common = [
    'learning',
    'notes',
    'guide',
    'design',
    'memory',
    'practice',
    'teaching',
    'research',
    'systems',
    'history',
    'writing',
    'code',
    'science',
    'reading',
    'habits',
  ];
  const word = () =>
    random() < 0.3 ? pick(common) : (vocabulary[Math.floor(vocabulary.length * random() * random())] as string);
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const firstNames = [
    'Ada',
    'Grace',
    'Alan',
    'Barbara',
    'Edsger',
    'Frances',
    'Donald',
    'Radia',
    'Ken',
    'Margaret',
    'Tim',
    'Sophie',
    'Lin',
    'Amara',
    'Jonas',
    'Mei',
    'Ravi',
    'Olu',
    'Ines',
    'Kofi',
  ];
  const lastNames = [
    'Lovelace',
    'Hopper',
    'Turing',
    'Liskov',
    'Dijkstra',
    'Allen',
    'Knuth',
    'Perlman',
    'Thompson',
    'Hamilton',
    'Berners',
    'Wilson',
    'Chen',
    'Okafor',
    'Berg',
    'Tanaka',
    'Patel',
    'Adeyemi',
    'Garcia',
    'Mensah',
  ];
  const topics = Array.from(
    { length: 150 },
    (_, i) => (i < common.length ? common[i] : `${capital(pick(vocabulary))} ${i}`) as string,
  );
  const sites = Array.from({ length: 400 }, (_, i) => `site${i}.example`);
  const contentKinds = [
    'article',
    'article',
    'article',
    'video',
    'podcast_episode',
    'course',
    'paper',
    'book',
    'event',
    'publication',
    'channel',
    'community',
    'organization',
  ];
  const { categoryOf, statuses } = kinds;
  // The others, weighted as the kinds' defaults are.
  const categories = Object.values(categoryOf);
  const year = 365 * 24 * 3600 * 1000;

  const peopleCount = Math.max(1, Math.round(count / 20));
  const sources: Record<string, unknown>[] = [];
  const clips: Record<string, unknown>[] = [];
  const personIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `fake-${i}`;
    const isPerson = i < peopleCount;
    const kind = isPerson ? 'person' : pick(contentKinds);
    const site = pick(sites);
    const createdAt = Math.round(now - random() * 3 * year);
    const updatedAt = createdAt + int(1000 * 3600);
    const source: Record<string, unknown> = {
      id,
      kind,
      category: random() < 0.85 ? categoryOf[kind] : pick(categories),
      title: isPerson ? `${pick(firstNames)} ${pick(lastNames)} ${i}` : capital(words(4 + int(7))),
      url: isPerson ? `https://${site}/people/${i}` : `https://${site}/${kind}/${i}`,
      creators:
        isPerson || personIds.length === 0
          ? []
          : random() < 0.8
            ? [pick(personIds)]
            : [pick(personIds), pick(personIds)].filter((v, k, a) => a.indexOf(v) === k),
      topics: Array.from({ length: int(4) }, () => pick(topics)).filter((v, k, a) => a.indexOf(v) === k),
      profiles: [],
      aliases: [isPerson ? `https://${site}/people/${i}` : `https://${site}/${kind}/${i}`],
      feeds:
        isPerson || kind === 'publication'
          ? [{ url: `https://${site}/feed-${i}.xml`, title: `Feed ${i}`, type: 'rss' }]
          : [],
      status: isPerson ? 'following' : pick(statuses),
      createdAt,
      updatedAt,
      visits: 0,
      siteName: isPerson ? undefined : capital(site.split('.')[0] as string),
      description: random() < 0.7 ? capital(words(12 + int(25))) + '.' : undefined,
      note: random() < 0.3 ? capital(words(6 + int(20))) + '.' : undefined,
      quote: random() < 0.1 ? capital(words(10 + int(20))) + '.' : undefined,
      provenance: {
        pageUrl: isPerson ? `https://${site}/people/${i}` : `https://${site}/${kind}/${i}`,
        capturedAt: createdAt,
      },
    };
    if (random() < 0.25)
      source.reliability = { rating: 1 + int(5), reason: random() < 0.5 ? capital(words(5)) : undefined };
    if (random() < 0.2) {
      source.visits = 1 + int(20);
      source.lastVisitedAt = Math.min(now, createdAt + int(year));
    }
    for (const key of Object.keys(source)) if (source[key] === undefined) delete source[key];
    sources.push(source);
    if (isPerson) personIds.push(id);
    else if (clipEvery > 0 && i % clipEvery === 0) {
      const blocks = Array.from({ length: 8 + int(30) }, () => ({
        type: 'p',
        text: capital(words(20 + int(40))) + '.',
      }));
      clips.push({
        sourceId: id,
        title: source.title,
        blocks,
        truncated: false,
        words: blocks.reduce((n, b) => n + b.text.split(' ').length, 0),
        clippedAt: createdAt + 1000,
      });
    }
  }

  return { sources, clips, people: peopleCount };
}

/**
 * Writes the collection into the extension's database from inside an extension page that has
 * opened it already (else the tables do not exist yet). Self-contained (see above).
 */
async function writeInPage(
  generate: typeof generateFakeCollection,
  options: FakeCollectionOptions,
  vocabulary: FakeVocabulary,
): Promise<FakeCollectionResult> {
  const started = performance.now();
  const { sources, clips, people } = generate(options, vocabulary);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('pln-capture');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
  });
  if (!db.objectStoreNames.contains('sources')) {
    db.close();
    throw new Error('The extension has not created its database yet: open one of its pages first');
  }
  const write = (store: string, rows: Record<string, unknown>[]) =>
    new Promise<void>((resolve, reject) => {
      // Sources get a new stamp, as the extension's writes do (utils/db/summaries.ts).
      const stamped = store === 'sources' && db.objectStoreNames.contains('summaries');
      const tx = db.transaction(stamped ? [store, 'summaries'] : [store], 'readwrite');
      const table = tx.objectStore(store);
      if (stamped) tx.objectStore('summaries').put({ key: 'sources-stamp', stamp: crypto.randomUUID() });
      for (const row of rows) table.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
    });
  for (let at = 0; at < sources.length; at += 10_000) await write('sources', sources.slice(at, at + 10_000));
  if (clips.length) await write('clips', clips);
  db.close();
  return { sources: sources.length, people, clips: clips.length, ms: Math.round(performance.now() - started) };
}

/** Something that runs a script in an extension page: a Playwright `Page`. */
export interface EvaluatesScripts {
  evaluate(script: string): Promise<unknown>;
}

/** Generates the collection inside `page` and writes it to the extension's database. */
export async function writeFakeCollection(
  page: EvaluatesScripts,
  options: FakeCollectionOptions,
): Promise<FakeCollectionResult> {
  const script = `(${writeInPage.toString()})(${generateFakeCollection.toString()}, ${JSON.stringify(options)}, ${JSON.stringify(fakeVocabulary())})`;
  return (await page.evaluate(script)) as FakeCollectionResult;
}
