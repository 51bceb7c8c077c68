import { queryTerms, terms } from './text';

/**
 * A word index for search as you type over a whole collection, kept up to date one source at a
 * time and saved compactly between sessions.
 *
 * - Each indexed source takes a *slot*; each distinct word (term) has a list of the slots whose
 *   text contains it (its postings).
 * - A query word matches every term it begins: the terms sit in sorted order, so they are a
 *   range found by binary search. A source matches when each query word matches one of its
 *   terms. The cost of a query follows the postings it reads, not the size of the texts.
 * - Re-indexing a source gives it a new slot and leaves the old one dead: removing a slot from
 *   postings would cost as much as the postings of its commonest words. Dead slots are skipped
 *   and dropped at the next `snapshot()`, which also merges the postings into two typed arrays.
 * - `stamp` is the caller's version of a source (its `updatedAt`, clip date...): a saved index
 *   is brought up to date by re-indexing the sources whose stamp changed.
 */

/** The saved form of an index: terms sorted, postings in one array. */
export interface IndexSnapshot {
  format: typeof FORMAT;
  /** JSON array of the source ids, in slot order. */
  ids: string;
  /** JSON array of their stamps, in the same order. */
  stamps: string;
  /** The terms, sorted, joined by "\n" (a term is letters and digits only). */
  terms: string;
  /** Where each term's postings start in `postings`; one more entry than terms. */
  starts: Uint32Array;
  /** Slots, term after term, each term's in increasing order. */
  postings: Uint32Array;
}

/** Bumped whenever what a snapshot holds or how text is cut into terms changes. */
const FORMAT = 1;

/** What a search found. */
export interface SearchHits {
  /** The query's words, as matched (for highlighting). */
  readonly terms: readonly string[];
  /** Whether the source with this id matches. */
  has(id: string): boolean;
  /** Whether the source in this slot (see `SearchIndex.slotOf`) matches: the fast way. */
  hasSlot(slot: number): boolean;
  /** How many sources match. */
  readonly count: number;
}

const EMPTY = new Uint32Array(0);

export class SearchIndex {
  // Sources.
  private slotIds: (string | undefined)[] = [];
  private slotById = new Map<string, number>();
  private stampOf = new Map<string, string>();
  private deadSlots = 0;

  // Terms. `termIds` is built on first need: a loaded index only searches until it changes.
  private termList: string[] = [];
  private termIds: Map<string, number> | undefined = new Map();
  /** Term ids in the order of their terms, but for `pending` (new terms, not yet placed). */
  private sortedIds: Uint32Array = EMPTY;
  private sortedTerms: string[] = [];
  private pending: number[] = [];

  // Postings: those loaded from a snapshot (`frozen`), then those added since, per term.
  private frozenStarts: Uint32Array = new Uint32Array(1);
  private frozen: Uint32Array = EMPTY;
  private added: (number[] | undefined)[] = [];

  /** How many sources are indexed. */
  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** The slot of an indexed source, -1 for one not indexed. Slots change on `add` and `snapshot`. */
  slotOf(id: string): number {
    return this.slotById.get(id) ?? -1;
  }

  /** The stamp the source was indexed with, if it is indexed. */
  stamp(id: string): string | undefined {
    return this.stampOf.get(id);
  }

  /** The ids of every indexed source. */
  ids(): IterableIterator<string> {
    return this.slotById.keys();
  }

  /** Indexes (or re-indexes) a source's text. */
  add(id: string, stamp: string, text: string): void {
    this.remove(id);
    const slot = this.slotIds.length;
    this.slotIds.push(id);
    this.slotById.set(id, slot);
    this.stampOf.set(id, stamp);
    const ids = this.ensureTermIds();
    for (const term of terms(text)) {
      let termId = ids.get(term);
      if (termId === undefined) {
        termId = this.termList.length;
        this.termList.push(term);
        ids.set(term, termId);
        this.pending.push(termId);
      }
      const list = this.added[termId];
      if (list) list.push(slot);
      else this.added[termId] = [slot];
    }
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slotIds[slot] = undefined;
    this.slotById.delete(id);
    this.stampOf.delete(id);
    this.deadSlots += 1;
  }

  /** Share of slots that are dead: worth a `snapshot()` (which compacts) when high. */
  get waste(): number {
    return this.slotIds.length === 0 ? 0 : this.deadSlots / this.slotIds.length;
  }

  /**
   * The sources whose words begin with every word of the query; undefined for a query without
   * words (everything matches).
   */
  search(query: string): SearchHits | undefined {
    const words = queryTerms(query);
    if (words.length === 0) return undefined;
    const slotCount = this.slotIds.length;
    // marks[slot] counts the query words matched so far, in order: a slot that missed one
    // word never catches up.
    const marks = new Uint8Array(slotCount);
    words.forEach((word, k) => {
      const next = k + 1;
      this.forEachTermStartingWith(word, (termId) => {
        if (termId < this.frozenStarts.length - 1) {
          const end = this.frozenStarts[termId + 1]!;
          for (let i = this.frozenStarts[termId]!; i < end; i++) {
            const slot = this.frozen[i]!;
            if (marks[slot] === k) marks[slot] = next;
          }
        }
        const list = this.added[termId];
        if (list) {
          for (const slot of list) if (marks[slot] === k) marks[slot] = next;
        }
      });
    });
    const full = words.length;
    const { slotById: slotOf, slotIds } = this;
    let count: number | undefined;
    return {
      terms: words,
      has: (id) => {
        const slot = slotOf.get(id);
        return slot !== undefined && marks[slot] === full;
      },
      hasSlot: (slot) => slot >= 0 && marks[slot] === full,
      get count() {
        if (count === undefined) {
          count = 0;
          for (let slot = 0; slot < slotCount; slot++) if (marks[slot] === full && slotIds[slot] !== undefined) count++;
        }
        return count;
      },
    };
  }

  /**
   * The index in its saved form, compacted: dead slots and unused terms dropped, postings merged.
   * The index itself is compacted too, so that its memory shrinks with the snapshot.
   */
  snapshot(): IndexSnapshot {
    this.placePending();
    // New slot numbers for the live slots, in order.
    const renumber = new Int32Array(this.slotIds.length).fill(-1);
    const ids: string[] = [];
    const stamps: string[] = [];
    this.slotIds.forEach((id, slot) => {
      if (id === undefined) return;
      renumber[slot] = ids.length;
      ids.push(id);
      stamps.push(this.stampOf.get(id) ?? '');
    });

    let total = this.frozen.length;
    for (const list of this.added) total += list?.length ?? 0;
    const postings = new Uint32Array(total);
    const keptTerms: string[] = [];
    const starts: number[] = [0];
    let at = 0;
    for (let i = 0; i < this.sortedIds.length; i++) {
      const termId = this.sortedIds[i]!;
      const from = at;
      if (termId < this.frozenStarts.length - 1) {
        const end = this.frozenStarts[termId + 1]!;
        for (let p = this.frozenStarts[termId]!; p < end; p++) {
          const slot = renumber[this.frozen[p]!]!;
          if (slot >= 0) postings[at++] = slot;
        }
      }
      for (const old of this.added[termId] ?? []) {
        const slot = renumber[old]!;
        if (slot >= 0) postings[at++] = slot;
      }
      if (at > from) {
        keptTerms.push(this.sortedTerms[i]!);
        starts.push(at);
      }
    }
    const snapshot: IndexSnapshot = {
      format: FORMAT,
      ids: JSON.stringify(ids),
      stamps: JSON.stringify(stamps),
      terms: keptTerms.join('\n'),
      starts: Uint32Array.from(starts),
      postings: postings.slice(0, at),
    };
    this.load(snapshot, ids, keptTerms);
    return snapshot;
  }

  /** An index from its saved form; undefined when the form is not one this version reads. */
  static fromSnapshot(snapshot: unknown): SearchIndex | undefined {
    if (!isSnapshot(snapshot)) return undefined;
    try {
      const ids: unknown = JSON.parse(snapshot.ids);
      const stamps: unknown = JSON.parse(snapshot.stamps);
      const termList = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
      if (!Array.isArray(ids) || !Array.isArray(stamps) || ids.length !== stamps.length) return undefined;
      if (snapshot.starts.length !== termList.length + 1) return undefined;
      if (snapshot.starts[termList.length] !== snapshot.postings.length) return undefined;
      const index = new SearchIndex();
      index.load(snapshot, ids as string[], termList, stamps as string[]);
      return index;
    } catch {
      return undefined;
    }
  }

  private load(snapshot: IndexSnapshot, ids: string[], termList: string[], stamps?: string[]): void {
    const stampOf = stamps ? new Map<string, string>() : this.stampOf;
    this.slotIds = ids;
    this.slotById = new Map();
    ids.forEach((id, slot) => {
      this.slotById.set(id, slot);
      if (stamps) stampOf.set(id, String(stamps[slot]));
    });
    this.stampOf = stampOf;
    this.deadSlots = 0;
    this.termList = termList;
    this.sortedTerms = termList;
    this.sortedIds = Uint32Array.from({ length: termList.length }, (_, i) => i);
    this.termIds = undefined;
    this.pending = [];
    this.frozenStarts = snapshot.starts;
    this.frozen = snapshot.postings;
    this.added = [];
  }

  private ensureTermIds(): Map<string, number> {
    if (!this.termIds) {
      this.termIds = new Map();
      this.termList.forEach((term, id) => this.termIds!.set(term, id));
    }
    return this.termIds;
  }

  /** Calls `visit` with each term id whose term starts with `prefix`. */
  private forEachTermStartingWith(prefix: string, visit: (termId: number) => void): void {
    if (this.pending.length > 2_000) this.placePending();
    const sorted = this.sortedTerms;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) visit(this.sortedIds[i]!);
    for (const termId of this.pending) if (this.termList[termId]!.startsWith(prefix)) visit(termId);
  }

  /** Merges the new terms into the sorted ones. */
  private placePending(): void {
    if (this.pending.length === 0) return;
    const fresh = this.pending
      .map((id) => ({ id, term: this.termList[id]! }))
      .sort((a, b) => (a.term < b.term ? -1 : 1));
    const ids = new Uint32Array(this.sortedIds.length + fresh.length);
    const termsOut: string[] = new Array<string>(ids.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sortedTerms.length || j < fresh.length) {
      const old = this.sortedTerms[i];
      const add = fresh[j];
      if (add === undefined || (old !== undefined && old < add.term)) {
        ids[k] = this.sortedIds[i]!;
        termsOut[k++] = old!;
        i++;
      } else {
        ids[k] = add.id;
        termsOut[k++] = add.term;
        j++;
      }
    }
    this.sortedIds = ids;
    this.sortedTerms = termsOut;
    this.pending = [];
  }
}

function isSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<IndexSnapshot>;
  return (
    v.format === FORMAT &&
    typeof v.ids === 'string' &&
    typeof v.stamps === 'string' &&
    typeof v.terms === 'string' &&
    v.starts instanceof Uint32Array &&
    v.postings instanceof Uint32Array
  );
}
