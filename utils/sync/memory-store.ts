import { StoreConflict } from './errors';
import { recordKey, type RecordMeta, type Values } from './record-state';
import type { ApplyBatch, LocalRecord, SyncState, SyncStore } from './store';

/**
 * The store interface over plain maps, for tests and benchmarks: what the Dexie wiring does
 * over IndexedDB, including the all-or-nothing batch and the check for edits made meanwhile.
 * Values are copied in and out, as a database would.
 */
export class MemoryStore implements SyncStore {
  private records = new Map<string, LocalRecord>();
  private metas = new Map<string, RecordMeta>();
  private state: SyncState | undefined;
  /** Runs inside `applyBatch` before anything is written (a test's edit made "meanwhile"). */
  beforeApply: (() => void) | undefined;

  loadState(): Promise<unknown> {
    return Promise.resolve(this.state && structuredClone(this.state));
  }

  saveState(state: SyncState): Promise<void> {
    this.state = structuredClone(state);
    return Promise.resolve();
  }

  readRecords(): Promise<LocalRecord[]> {
    return Promise.resolve([...this.records.values()].map((r) => structuredClone(r)));
  }

  readMetas(): Promise<RecordMeta[]> {
    return Promise.resolve([...this.metas.values()].map((m) => structuredClone(m)));
  }

  applyBatch(batch: ApplyBatch): Promise<void> {
    const hook = this.beforeApply;
    this.beforeApply = undefined;
    hook?.();
    for (const write of batch.writes) {
      const current = this.records.get(recordKey(write.type, write.id))?.values;
      if (!batch.unchanged(write.type, write.id, current && structuredClone(current))) {
        return Promise.reject(new StoreConflict(`${write.type} ${write.id} was edited`));
      }
    }
    // All checks passed: write everything (nothing in between can fail).
    for (const { type, id, values } of batch.writes) {
      const key = recordKey(type, id);
      if (values === undefined) this.records.delete(key);
      else this.records.set(key, { type, id, values: structuredClone(values) });
    }
    for (const { type, id } of batch.dropMetas) this.metas.delete(recordKey(type, id));
    for (const meta of batch.metas) this.metas.set(recordKey(meta.type, meta.id), structuredClone(meta));
    this.state = structuredClone(batch.state);
    return Promise.resolve();
  }

  // What the app does, in tests.

  put(type: string, id: string, values: Values): void {
    this.records.set(recordKey(type, id), { type, id, values: structuredClone(values) });
  }

  remove(type: string, id: string): void {
    this.records.delete(recordKey(type, id));
  }

  get(type: string, id: string): Values | undefined {
    const values = this.records.get(recordKey(type, id))?.values;
    return values && structuredClone(values);
  }

  /** Every record of a type, by id, as plain data (to compare two devices' collections). */
  all(type: string): Record<string, Values> {
    const out: Record<string, Values> = {};
    for (const record of this.records.values())
      if (record.type === type) out[record.id] = structuredClone(record.values);
    return out;
  }

  get size(): number {
    return this.records.size;
  }
}
