import { z } from 'zod';
import { BulkChange, BulkIds, BulkPrevious, MAX_BULK } from '../model/bulk';
import { PageCapture, PersonCapture } from '../model/capture';
import { SourceEdit } from '../model/edit';
import { HttpUrl } from '../model/fields';
import { SourceId, SourceInput } from '../model/source';
import { REVIEW_ACTIONS } from '../review/queue';

/**
 * What each message to the background carries: one zod schema per message. The protocol's types
 * come from these (protocol.ts), and the background validates every message with its schema
 * before anything is written (handlers.ts), whoever sent it.
 */

const ById = z.object({ id: SourceId });
const ByIds = z.object({ ids: BulkIds });

export const MESSAGE_DATA = {
  savePage: PageCapture,
  savePerson: PersonCapture,
  /** A source's new values; fields left out keep theirs (see `saveSource`). */
  updateSource: SourceInput.refine((input) => input.id !== undefined, {
    message: 'An update names the source it changes',
  }),
  /** An edit form's changes and the version it started from (see `editSource`). */
  editSource: SourceEdit,
  removeSource: ById,
  restoreSource: ById,
  deleteForever: ById,
  recordVisit: ById,
  /** What the person did with a source the review queue brought back. */
  reviewSource: z.object({ id: SourceId, action: z.enum(REVIEW_ACTIONS) }),
  bulkUpdate: z.object({ ids: BulkIds, change: BulkChange }),
  bulkRevert: z.object({ previous: z.array(BulkPrevious).min(1).max(MAX_BULK) }),
  bulkRemove: ByIds,
  bulkRestore: ByIds,
  mergePeople: z.object({ intoId: SourceId, fromId: SourceId }),
  undoImport: ById,
  splitProfile: z.object({ personId: SourceId, profileUrl: HttpUrl }),
} as const;

export type MessageType = keyof typeof MESSAGE_DATA;

/** What a message's sender gives (before validation: defaults may be left out). */
export type MessageData<K extends MessageType> = z.input<(typeof MESSAGE_DATA)[K]>;

/** What the background's handler gets, once validated. */
export type ValidMessageData<K extends MessageType> = z.output<(typeof MESSAGE_DATA)[K]>;

/**
 * The Sync section's messages to the background (utils/browser/sync-service.ts). Passwords and
 * the passphrase travel only from the page to the background, never back, and are never logged.
 */
const Secret = z.string().max(2_000);
export const SYNC_MESSAGE_DATA = {
  syncStart: z.object({
    url: z.string().min(1).max(2_000),
    username: z.string().max(500),
    password: Secret,
    passphrase: Secret.min(1),
    remember: z.boolean(),
  }),
  syncUnlock: z.object({ passphrase: Secret.min(1) }),
  syncNow: z.object({ confirmDeletes: z.boolean().default(false) }),
  syncKeepMine: z.object({}),
  syncStop: z.object({}),
  /** A page wrote to the database itself (goals, the journal): sync in a few seconds, when sync is on. */
  syncSoon: z.object({}),
} as const;

export type SyncMessageType = keyof typeof SYNC_MESSAGE_DATA;
export type SyncMessageData<K extends SyncMessageType> = z.input<(typeof SYNC_MESSAGE_DATA)[K]>;
export type ValidSyncMessageData<K extends SyncMessageType> = z.output<(typeof SYNC_MESSAGE_DATA)[K]>;
