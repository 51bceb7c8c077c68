import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BulkUpdateResult, EditResult, SaveResult, UndoImportResult } from '../db';
import type { Source } from '../model/source';
import type { SyncStatus } from '../browser/sync-storage';
import type { MessageData, SyncMessageData } from './messages';

/**
 * The one message contract between extension pages and the background, which alone writes.
 * What each message carries is its zod schema's type (messages.ts); what it answers is the
 * data layer's.
 */
export interface ProtocolMap {
  savePage(data: MessageData<'savePage'>): SaveResult;
  savePerson(data: MessageData<'savePerson'>): SaveResult;
  updateSource(data: MessageData<'updateSource'>): SaveResult;
  /** An edit form's changes, refused when a field it changes was changed since the form opened. */
  editSource(data: MessageData<'editSource'>): EditResult;
  removeSource(data: MessageData<'removeSource'>): void;
  restoreSource(data: MessageData<'restoreSource'>): Source;
  deleteForever(data: MessageData<'deleteForever'>): void;
  recordVisit(data: MessageData<'recordVisit'>): void;
  /** Reviewed, later or archive, for a source the review queue brought back; answers it as saved. */
  reviewSource(data: MessageData<'reviewSource'>): Source;
  /** One change to many sources, in one transaction; the result holds what its undo needs. */
  bulkUpdate(data: MessageData<'bulkUpdate'>): BulkUpdateResult;
  /** Undoes a bulkUpdate: puts back the values it replaced. Answers how many. */
  bulkRevert(data: MessageData<'bulkRevert'>): number;
  /** Moves many sources to the trash; answers the ids moved. */
  bulkRemove(data: MessageData<'bulkRemove'>): string[];
  /** Brings many sources back from the trash; answers how many came back. */
  bulkRestore(data: MessageData<'bulkRestore'>): number;
  mergePeople(data: MessageData<'mergePeople'>): Source;
  undoImport(data: MessageData<'undoImport'>): UndoImportResult;
  splitProfile(data: MessageData<'splitProfile'>): Source;
  /** Sets sync up and syncs; refused (a ProblemError) when the server or passphrase is wrong. */
  syncStart(data: SyncMessageData<'syncStart'>): SyncStatus;
  syncUnlock(data: SyncMessageData<'syncUnlock'>): SyncStatus;
  syncNow(data: SyncMessageData<'syncNow'>): SyncStatus;
  syncKeepMine(data: SyncMessageData<'syncKeepMine'>): SyncStatus;
  syncStop(data: SyncMessageData<'syncStop'>): void;
  syncSoon(data: SyncMessageData<'syncSoon'>): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
