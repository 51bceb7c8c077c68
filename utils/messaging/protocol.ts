import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BulkUpdateResult, EditResult, SaveResult, UndoImportResult } from '../db';
import type { SourceEdit } from '../model/edit';
import type { BulkChange, BulkPrevious } from '../model/bulk';
import type { PageCapture, PersonCapture } from '../model/capture';
import type { Source, SourceInput } from '../model/source';

/**
 * The one message contract between extension pages and the background, which alone writes.
 * Every handler validates its data with zod (see handlers.ts) whoever sent it.
 */
export interface ProtocolMap {
  savePage(data: PageCapture): SaveResult;
  savePerson(data: PersonCapture): SaveResult;
  updateSource(data: SourceInput): SaveResult;
  /** An edit form's changes, refused when a field it changes was changed since the form opened. */
  editSource(data: SourceEdit): EditResult;
  removeSource(data: { id: string }): void;
  restoreSource(data: { id: string }): Source;
  deleteForever(data: { id: string }): void;
  recordVisit(data: { id: string }): void;
  /** One change to many sources, in one transaction; the result holds what its undo needs. */
  bulkUpdate(data: { ids: string[]; change: BulkChange }): BulkUpdateResult;
  /** Undoes a bulkUpdate: puts back the values it replaced. Answers how many. */
  bulkRevert(data: { previous: BulkPrevious[] }): number;
  /** Moves many sources to the trash; answers the ids moved. */
  bulkRemove(data: { ids: string[] }): string[];
  /** Brings many sources back from the trash; answers how many came back. */
  bulkRestore(data: { ids: string[] }): number;
  mergePeople(data: { intoId: string; fromId: string }): Source;
  undoImport(data: { id: string }): UndoImportResult;
  splitProfile(data: { personId: string; profileUrl: string }): Source;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
