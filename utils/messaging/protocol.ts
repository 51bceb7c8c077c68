import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SaveResult } from '../db/repository';
import type { PageCapture, PersonCapture } from '../capture/save';
import type { Source, SourceInput } from '../model/source';

/**
 * The one message contract between extension pages and the background, which alone writes.
 * Every handler validates its data with zod (see handlers.ts) whoever sent it.
 */
export interface ProtocolMap {
  savePage(data: PageCapture): SaveResult;
  savePerson(data: PersonCapture): SaveResult;
  updateSource(data: SourceInput): SaveResult;
  removeSource(data: { id: string }): void;
  restoreSource(data: { id: string }): Source;
  deleteForever(data: { id: string }): void;
  recordVisit(data: { id: string }): void;
  mergePeople(data: { intoId: string; fromId: string }): Source;
  splitProfile(data: { personId: string; profileUrl: string }): Source;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
