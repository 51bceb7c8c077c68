import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  type CheckedRow,
  type PlnDatabase,
  type ImportRecord,
  type RestoreNote,
  checkImportRows,
  getImport,
  restoreBackup,
  writeImport,
} from '../db';
import { isExtensionPage } from './sender';
import { errorText } from '../errors';
import { t } from '../i18n';

/**
 * Imports run in the background, in one transaction, and report progress over a port. A job is
 * sent in chunks, each acknowledged before the next: one message may carry at most 64 MiB in
 * Chrome, and a backup with the kept text of a thousand articles is larger. Nothing is written
 * until the last chunk is in, and then in one transaction: all or nothing. When the connection is
 * lost (the browser stopped the background, or it crashed), the page looks for the import's record
 * to tell the person whether it was written.
 */
export const IMPORT_PORT = 'pln-import';

const BackupJob = z.object({
  kind: z.literal('backup'),
  fileName: z.string().max(500),
  sources: z.array(z.unknown()).max(500_000),
  trash: z.array(z.unknown()).max(500_000),
  clips: z.array(z.unknown()).max(500_000),
  /** Learning goals and journal entries (a backup made before them has none). */
  goals: z.array(z.unknown()).max(100_000).default([]),
  journal: z.array(z.unknown()).max(500_000).default([]),
  /** Each source's number in the file, for what the restore reports. */
  lines: z.array(z.number().int().positive()).max(500_000).optional(),
});

export const ImportJob = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rows'),
    fileName: z.string().max(500),
    format: z.string().max(40),
    rows: z.array(z.unknown()).max(250_000),
  }),
  BackupJob,
]);
export type ImportJob = z.input<typeof ImportJob>;

type JobList = 'rows' | 'sources' | 'trash' | 'clips' | 'goals' | 'journal' | 'lines';
const JOB_LISTS = [
  'rows',
  'sources',
  'trash',
  'clips',
  'goals',
  'journal',
  'lines',
] as const satisfies readonly JobList[];

/** What the page sends: the job's header, its lists in chunks, then the word to write it. */
const PageMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    id: z.uuid(),
    kind: z.enum(['rows', 'backup']),
    fileName: z.string().max(500),
    format: z.string().max(40),
  }),
  z.object({ type: z.literal('chunk'), list: z.enum(JOB_LISTS), items: z.array(z.unknown()).max(500_000) }),
  z.object({ type: z.literal('commit') }),
]);
type PageMessage = z.input<typeof PageMessage>;

/** What a restore changed or left out of one line, and why (see RestoreNote). */
export type ImportNote = RestoreNote;

export interface ImportOutcome {
  importId: string;
  created: number;
  merged: number;
  skipped: number;
  /** What a restore changed or left out, line by line. */
  notes: ImportNote[];
}

type BackgroundMessage =
  | { type: 'received' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'error'; message: string };

/**
 * At most this many characters of JSON per chunk: far below the 64 MiB a message may carry, and
 * small enough that the background checks one chunk of rows while the page sends the next.
 */
export const CHUNK_CHARS = 1024 * 1024;

/** The job's lists cut into chunks of at most `budget` characters of JSON (one record at least). */
export function* jobChunks(job: ImportJob, budget: number = CHUNK_CHARS): Generator<[JobList, unknown[]]> {
  const lists: [JobList, readonly unknown[]][] =
    job.kind === 'rows'
      ? [['rows', job.rows]]
      : [
          ['sources', job.sources],
          ['trash', job.trash],
          ['clips', job.clips],
          ['goals', job.goals ?? []],
          ['journal', job.journal ?? []],
          ['lines', job.lines ?? []],
        ];
  for (const [list, items] of lists) {
    let chunk: unknown[] = [];
    let size = 0;
    for (const item of items) {
      const length = JSON.stringify(item)?.length ?? 4;
      if (chunk.length > 0 && size + length > budget) {
        yield [list, chunk];
        chunk = [];
        size = 0;
      }
      chunk.push(item);
      size += length;
    }
    if (chunk.length > 0) yield [list, chunk];
  }
}

function jobSize(job: ImportJob): number {
  return job.kind === 'rows'
    ? job.rows.length
    : job.sources.length + job.trash.length + job.clips.length + (job.goals?.length ?? 0) + (job.journal?.length ?? 0);
}

function outcomeOf(record: ImportRecord): ImportOutcome {
  return {
    importId: record.id,
    created: record.created.length,
    merged: record.merged.length,
    skipped: record.skipped,
    notes: [],
  };
}

/**
 * In an extension page: sends an import to the background and follows it. `onProgress` gets a
 * share of the whole (sending, then writing), from 0 to 1.
 */
export function runImportJob(
  db: PlnDatabase,
  job: ImportJob,
  onProgress: (share: number) => void,
): Promise<ImportOutcome> {
  const id = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: IMPORT_PORT });
    let settled = false;
    let acknowledged: (() => void) | undefined;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      acknowledged = undefined;
      finish();
    };
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as BackgroundMessage;
      if (message.type === 'received') acknowledged?.();
      else if (message.type === 'progress') onProgress(0.5 + (0.5 * message.done) / Math.max(message.total, 1));
      else {
        port.disconnect();
        if (message.type === 'done') settle(() => resolve(message.outcome));
        else settle(() => reject(new Error(message.message)));
      }
    });
    port.onDisconnect.addListener(() => {
      if (settled) return;
      // The background is gone: its transaction either committed (the record is there) or not at all.
      getImport(db, id).then(
        (record) => settle(() => (record ? resolve(outcomeOf(record)) : reject(new Error(t('import_interrupted'))))),
        (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
    const send = (message: PageMessage) => port.postMessage(message);
    void (async () => {
      const total = Math.max(jobSize(job), 1);
      let sent = 0;
      send({
        type: 'start',
        id,
        kind: job.kind,
        fileName: job.fileName,
        format: job.kind === 'rows' ? job.format : 'pln-json',
      });
      for (const [list, items] of jobChunks(job)) {
        if (settled) return;
        const received = new Promise<void>((done) => (acknowledged = done));
        send({ type: 'chunk', list, items });
        await received;
        if (list !== 'lines') sent += items.length;
        onProgress((0.5 * sent) / total);
      }
      if (!settled) send({ type: 'commit' });
    })().catch((error: unknown) => {
      port.disconnect();
      settle(() => reject(error instanceof Error ? error : new Error(String(error))));
    });
  });
}

const LIST_LIMITS: Record<JobList, number> = {
  rows: 250_000,
  sources: 500_000,
  trash: 500_000,
  clips: 500_000,
  goals: 100_000,
  journal: 500_000,
  lines: 500_000,
};

/** In the background: takes import jobs from the extension's own pages, chunk by chunk. */
export function registerImportPort(db: PlnDatabase, hooks: { afterWrite?: () => void } = {}): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== IMPORT_PORT) return;
    const sender = port.sender;
    if (!sender || !isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      port.disconnect();
      return;
    }
    const post = (message: BackgroundMessage) => {
      try {
        port.postMessage(message);
      } catch {
        // The page went away; the import finishes (or fails) on its own.
      }
    };
    let header: Extract<z.output<typeof PageMessage>, { type: 'start' }> | undefined;
    let lists: Record<JobList, unknown[]> | undefined;
    // A job of rows: its rows checked as each chunk arrives, and how many did not validate.
    let checked: { rows: CheckedRow[]; skipped: number } | undefined;
    let writing = false;
    const fail = (error: unknown) => {
      lists = undefined;
      checked = undefined;
      post({ type: 'error', message: errorText(error) });
    };
    // A page that leaves before the last chunk leaves nothing behind.
    port.onDisconnect.addListener(() => {
      if (writing) return;
      lists = undefined;
      checked = undefined;
    });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = PageMessage.safeParse(raw);
      if (!parsed.success || writing) return fail(new Error('The import was sent out of order: nothing was changed.'));
      const message = parsed.data;
      if (message.type === 'start') {
        if (header) return fail(new Error('The import was sent out of order: nothing was changed.'));
        header = message;
        lists = { rows: [], sources: [], trash: [], clips: [], goals: [], journal: [], lines: [] };
        checked = message.kind === 'rows' ? { rows: [], skipped: 0 } : undefined;
        return;
      }
      if (!header || !lists) return fail(new Error('The import was sent out of order: nothing was changed.'));
      if (message.type === 'chunk') {
        const list = lists[message.list];
        const rows = message.list === 'rows' ? checked : undefined;
        const held = rows ? rows.rows.length + rows.skipped : list.length;
        if (held + message.items.length > LIST_LIMITS[message.list])
          return fail(new Error('This file holds more records than one import can take.'));
        post({ type: 'received' });
        // Rows are checked now, while the page sends the next chunk; other lists when the job is whole.
        if (rows) {
          const chunk = checkImportRows(message.items);
          for (const row of chunk.rows) rows.rows.push(row);
          rows.skipped += chunk.skipped;
        } else {
          for (const item of message.items) list.push(item);
        }
        return;
      }
      writing = true;
      const { id, kind, fileName, format } = header;
      const collected = lists;
      const rows = checked;
      lists = undefined;
      checked = undefined;
      void (async () => {
        try {
          const progress = (done: number, total: number) => post({ type: 'progress', done, total });
          const result = rows
            ? { ...(await writeImport(db, { id, fileName, format, ...rows }, progress)), notes: [] }
            : await restoreBackup(
                db,
                {
                  ...BackupJob.parse({
                    kind,
                    fileName,
                    sources: collected.sources,
                    trash: collected.trash,
                    clips: collected.clips,
                    goals: collected.goals,
                    journal: collected.journal,
                    lines: collected.lines.length > 0 ? collected.lines : undefined,
                  }),
                  id,
                },
                progress,
              );
          hooks.afterWrite?.();
          post({ type: 'done', outcome: { ...outcomeOf(result.record), notes: result.notes } });
        } catch (error) {
          fail(error);
        }
      })();
    });
  });
}
