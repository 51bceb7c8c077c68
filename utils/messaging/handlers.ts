import { z } from 'zod';
import {
  type PlnDatabase,
  bulkRemove,
  bulkRestore,
  bulkRevert,
  bulkUpdate,
  deleteForever,
  editSource,
  mergePeople,
  recordVisit,
  removeSource,
  restoreSource,
  savePage,
  savePerson,
  saveSource,
  splitProfile,
  undoImport,
} from '../db';
import type { SourceEdit } from '../model/edit';
import { HttpUrl } from '../model/fields';
import { BulkChange, BulkIds, BulkPrevious, MAX_BULK } from '../model/bulk';
import type { PageCapture, PersonCapture } from '../model/capture';
import { SourceId, type SourceInput } from '../model/source';
import type { ProtocolMap } from './protocol';

const ById = z.object({ id: SourceId });
const ByIds = z.object({ ids: BulkIds });
const BulkUpdateData = z.object({ ids: BulkIds, change: BulkChange });
const BulkRevertData = z.object({ previous: z.array(BulkPrevious).min(1).max(MAX_BULK) });

type Handlers = {
  [K in keyof ProtocolMap]: (data: unknown) => Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * The background's message handlers: each validates what it is given before it writes.
 * `now` is injectable for tests.
 */
export function createHandlers(db: PlnDatabase, now: () => number = Date.now): Handlers {
  return {
    // savePage and savePerson validate what they are given with PageCapture / PersonCapture.
    savePage: async (data) => savePage(db, data as PageCapture, now()),
    savePerson: async (data) => savePerson(db, data as PersonCapture, now()),
    updateSource: async (data) => {
      // saveSource validates the whole input; here only that it names the source it changes.
      if (!ById.safeParse(data).success) throw new Error('An update names the source it changes');
      return saveSource(db, data as SourceInput, now());
    },
    // editSource validates the whole edit with SourceEdit.
    editSource: async (data) => editSource(db, data as SourceEdit, now()),
    removeSource: async (data) => removeSource(db, ById.parse(data).id, now()),
    restoreSource: async (data) => restoreSource(db, ById.parse(data).id),
    deleteForever: async (data) => deleteForever(db, ById.parse(data).id),
    recordVisit: async (data) => recordVisit(db, ById.parse(data).id, now()),
    bulkUpdate: async (data) => {
      const { ids, change } = BulkUpdateData.parse(data);
      return bulkUpdate(db, ids, change, now());
    },
    bulkRevert: async (data) => bulkRevert(db, BulkRevertData.parse(data).previous, now()),
    bulkRemove: async (data) => bulkRemove(db, ByIds.parse(data).ids, now()),
    bulkRestore: async (data) => bulkRestore(db, ByIds.parse(data).ids),
    undoImport: async (data) => undoImport(db, ById.parse(data).id, now()),
    mergePeople: async (data) => {
      const { intoId, fromId } = z.object({ intoId: SourceId, fromId: SourceId }).parse(data);
      return mergePeople(db, intoId, fromId, now());
    },
    splitProfile: async (data) => {
      const { personId, profileUrl } = z.object({ personId: SourceId, profileUrl: HttpUrl }).parse(data);
      return splitProfile(db, personId, profileUrl, now());
    },
  };
}
