import type { z } from 'zod';
import { Clip } from '../model/clip';
import { Timestamp } from '../model/fields';
import { Goal } from '../model/goal';
import { JournalEntry } from '../model/journal';
import { Source } from '../model/source';
import type { Values } from './record-state';

/**
 * The kinds of records a sync carries, and how each one merges. Adding a kind is one entry here
 * (and its table in the Dexie store); the engine knows nothing of sources, clips or goals.
 */

export type FieldRule =
  /** The later write wins, by the field's clock. */
  | { kind: 'lww' }
  /** The larger value wins (a count, the time of the last change or visit). */
  | { kind: 'max' }
  /** The smaller value wins (the time of creation). */
  | { kind: 'min' }
  /** A list merged as a set: elements added and removed on any device, by `key`. */
  | { kind: 'set'; key: (element: unknown) => string };

export type ParseResult = { ok: true; values: Values } | { ok: false; reason: string };

export interface RecordType {
  readonly name: string;
  /** Checks values that came from the server and returns them as the app stores them. */
  parse(values: unknown): ParseResult;
  /** The fields that sync, and how. Fields not listed are derived (`derive`) or per device. */
  readonly fields: Readonly<Record<string, FieldRule>>;
  /** The record is written whole (a clip): one clock for all its fields. */
  readonly atomic?: boolean;
  /** The field of the values that holds the record's id, if any. */
  readonly idField?: string;
  /** When the data says the record was last edited: stamps a change at that time. */
  editedAt?(values: Values): number | undefined;
  /** Two live records with the same key are one (sources: the normalized URL). */
  dedupeKey?(values: Values): string | undefined;
  /** Fields that hold ids of sources, rewritten when two sources become one. */
  readonly refs?: readonly string[];
  /** The record's id is a source's id (a clip is keyed by its source). */
  readonly idIsSourceRef?: boolean;
  /** Recomputes the fields that follow from the others. */
  derive?(values: Values): Values;
  /** The field whose value puts the record in the trash; a later edit of any field takes it out. */
  readonly trashField?: string;
  /** Guarded by the failsafe: a sync that would take most of this kind away asks first. */
  readonly collection?: boolean;
}

/** The id of the one settings record. */
export const SETTINGS_ID = 'settings';

/**
 * Settings that follow the person to every computer, and how each merges (lists as sets). The
 * others (the saved badge, the last backup) stay per device.
 */
export const SYNCED_SETTINGS = { inPageSites: 'set' } as const satisfies Record<string, 'set' | 'lww'>;

function zodParse(schema: z.ZodType): (values: unknown) => ParseResult {
  return (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { ok: true, values: parsed.data as Values };
    const issue = parsed.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid' };
  };
}

const lww = { kind: 'lww' } as const;
const byUrl = (element: unknown) => String((element as { url?: unknown }).url);

/** A source as it syncs: the stored source, and when it went to the trash if it is there. */
export const SyncedSource = Source.extend({ trashedAt: Timestamp.optional() });

export const sourceType: RecordType = {
  name: 'source',
  parse: zodParse(SyncedSource),
  fields: {
    kind: lww,
    category: lww,
    title: lww,
    url: lww,
    description: lww,
    image: lww,
    siteName: lww,
    // An ordered list (the first creator is the first author): written whole.
    creators: lww,
    topics: { kind: 'set', key: (topic) => String(topic).toLocaleLowerCase() },
    // The learning goals it serves (goal ids).
    goals: { kind: 'set', key: String },
    feeds: { kind: 'set', key: byUrl },
    profiles: { kind: 'set', key: byUrl },
    note: lww,
    quote: lww,
    reliability: lww,
    status: lww,
    provenance: lww,
    createdAt: { kind: 'min' },
    updatedAt: { kind: 'max' },
    visits: { kind: 'max' },
    lastVisitedAt: { kind: 'max' },
    trashedAt: lww,
  },
  idField: 'id',
  // An edit moves updatedAt on; going to the trash sets trashedAt.
  editedAt: (values) => {
    const times = [values.updatedAt, values.trashedAt].filter((t): t is number => typeof t === 'number');
    return times.length ? Math.max(...times) : undefined;
  },
  dedupeKey: (values) => (typeof values.url === 'string' ? values.url : undefined),
  refs: ['creators'],
  // `aliases` is every address of the source: its own and its profiles', as the repository keeps it.
  derive: (values) => {
    const profiles = Array.isArray(values.profiles) ? (values.profiles as { url: string }[]) : [];
    const url = typeof values.url === 'string' ? values.url : undefined;
    const aliases = [...new Set([url, ...profiles.map((p) => p.url)])].filter((a): a is string => a !== undefined);
    return { ...values, aliases };
  },
  trashField: 'trashedAt',
  collection: true,
};

export const clipType: RecordType = {
  name: 'clip',
  parse: zodParse(Clip),
  fields: {
    title: lww,
    byline: lww,
    excerpt: lww,
    blocks: lww,
    truncated: lww,
    words: lww,
    clippedAt: lww,
  },
  atomic: true,
  idField: 'sourceId',
  editedAt: (values) => (typeof values.clippedAt === 'number' ? values.clippedAt : undefined),
  idIsSourceRef: true,
};

/** The later of a record's `updatedAt` and `createdAt`: when its data says it was last written. */
const lastWritten = (values: Values) => {
  const times = [values.updatedAt, values.createdAt].filter((t): t is number => typeof t === 'number');
  return times.length ? Math.max(...times) : undefined;
};

/** A learning goal: its fields merge one by one; archiving is a status, never a deletion. */
export const goalType: RecordType = {
  name: 'goal',
  parse: zodParse(Goal),
  fields: {
    title: lww,
    why: lww,
    targetDate: lww,
    topics: { kind: 'set', key: (topic) => String(topic).toLocaleLowerCase() },
    status: lww,
    createdAt: { kind: 'min' },
    updatedAt: { kind: 'max' },
  },
  idField: 'id',
  editedAt: lastWritten,
  collection: true,
};

/**
 * A journal entry (a reflection): written whole from its form, so it syncs whole (the later
 * edit wins); the sources it names, in its order, follow a source merged into another.
 */
export const journalType: RecordType = {
  name: 'journal',
  parse: zodParse(JournalEntry),
  fields: {
    text: lww,
    goalIds: lww,
    sourceIds: lww,
    createdAt: lww,
    updatedAt: lww,
  },
  atomic: true,
  idField: 'id',
  editedAt: lastWritten,
  refs: ['sourceIds'],
  collection: true,
};

/**
 * The synced settings, checked with the app's own schema picked to SYNCED_SETTINGS
 * (`Settings.pick({ inPageSites: true })`, passed in: the settings module reads extension storage).
 */
export function settingsType(schema: z.ZodObject): RecordType {
  const fields: Record<string, FieldRule> = {};
  for (const [name, rule] of Object.entries(SYNCED_SETTINGS)) {
    if (!(name in schema.shape)) throw new TypeError(`The settings schema has no ${name}`);
    fields[name] = rule === 'set' ? { kind: 'set', key: (element) => String(element) } : lww;
  }
  return { name: 'settings', parse: zodParse(schema), fields };
}

export type RecordTypes = ReadonlyMap<string, RecordType>;

/**
 * The record types a sync carries: sources (people among them, trash included), clips, learning
 * goals, journal entries, and settings when given.
 */
export function recordTypes(options: { settings?: z.ZodObject } = {}): RecordTypes {
  const types = [
    sourceType,
    clipType,
    goalType,
    journalType,
    ...(options.settings ? [settingsType(options.settings)] : []),
  ];
  return new Map(types.map((type) => [type.name, type]));
}
