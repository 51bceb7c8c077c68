import {
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
  reviewSource,
  savePage,
  savePerson,
  saveSource,
  splitProfile,
  undoImport,
  type PlnDatabase,
} from '../db';
import { MESSAGE_DATA, type MessageType, type ValidMessageData } from './messages';
import type { ProtocolMap } from './protocol';

type Handlers = {
  [K in MessageType]: (data: unknown) => Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * The background's message handlers: each validates what it is given with its message's schema
 * (messages.ts) before it writes. `now` is injectable for tests.
 */
export function createHandlers(db: PlnDatabase, now: () => number = Date.now): Handlers {
  const valid = <K extends MessageType>(type: K, data: unknown) =>
    MESSAGE_DATA[type].parse(data) as ValidMessageData<K>;
  return {
    savePage: async (data) => savePage(db, valid('savePage', data), now()),
    savePerson: async (data) => savePerson(db, valid('savePerson', data), now()),
    updateSource: async (data) => saveSource(db, valid('updateSource', data), now()),
    editSource: async (data) => editSource(db, valid('editSource', data), now()),
    removeSource: async (data) => removeSource(db, valid('removeSource', data).id, now()),
    restoreSource: async (data) => restoreSource(db, valid('restoreSource', data).id),
    deleteForever: async (data) => deleteForever(db, valid('deleteForever', data).id),
    recordVisit: async (data) => recordVisit(db, valid('recordVisit', data).id, now()),
    reviewSource: async (data) => {
      const { id, action } = valid('reviewSource', data);
      return reviewSource(db, id, action, now());
    },
    bulkUpdate: async (data) => {
      const { ids, change } = valid('bulkUpdate', data);
      return bulkUpdate(db, ids, change, now());
    },
    bulkRevert: async (data) => bulkRevert(db, valid('bulkRevert', data).previous, now()),
    bulkRemove: async (data) => bulkRemove(db, valid('bulkRemove', data).ids, now()),
    bulkRestore: async (data) => bulkRestore(db, valid('bulkRestore', data).ids),
    undoImport: async (data) => undoImport(db, valid('undoImport', data).id, now()),
    mergePeople: async (data) => {
      const { intoId, fromId } = valid('mergePeople', data);
      return mergePeople(db, intoId, fromId, now());
    },
    splitProfile: async (data) => {
      const { personId, profileUrl } = valid('splitProfile', data);
      return splitProfile(db, personId, profileUrl, now());
    },
  };
}
