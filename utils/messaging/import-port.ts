import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { type PlnDatabase, applyImport, restoreBackup } from '../db';
import { isExtensionPage } from './sender';
import { errorText, ProblemError } from '../errors';

/**
 * Imports run in the background, in one transaction, and report progress over a port: a
 * message would give no progress and a large file would leave the page waiting silently.
 */
export const IMPORT_PORT = 'pln-import';

export const ImportJob = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rows'),
    fileName: z.string().max(500),
    format: z.string().max(40),
    rows: z.array(z.unknown()).max(250_000),
  }),
  z.object({
    kind: z.literal('backup'),
    fileName: z.string().max(500),
    sources: z.array(z.unknown()).max(500_000),
    trash: z.array(z.unknown()).max(500_000),
    clips: z.array(z.unknown()).max(500_000),
  }),
]);
export type ImportJob = z.input<typeof ImportJob>;

export interface ImportOutcome {
  importId: string;
  created: number;
  merged: number;
  skipped: number;
}

type PortMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'error'; message: string };

/** In an extension page: runs an import in the background and follows its progress. */
export function runImportJob(
  job: ImportJob,
  onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: IMPORT_PORT });
    let settled = false;
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as PortMessage;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        settled = true;
        port.disconnect();
        if (message.type === 'done') resolve(message.outcome);
        else reject(new Error(message.message));
      }
    });
    port.onDisconnect.addListener(() => {
      if (!settled) reject(new ProblemError('problem_import_stopped'));
    });
    port.postMessage(job);
  });
}

/** In the background: takes import jobs from the extension's own pages. */
export function registerImportPort(db: PlnDatabase, hooks: { afterWrite?: () => void } = {}): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== IMPORT_PORT) return;
    const sender = port.sender;
    if (!sender || !isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((raw: unknown) => {
      const post = (message: PortMessage) => {
        try {
          port.postMessage(message);
        } catch {
          // The page went away; the import finishes (or fails) on its own.
        }
      };
      void (async () => {
        try {
          const job = ImportJob.parse(raw);
          const progress = (done: number, total: number) => post({ type: 'progress', done, total });
          const { record, skipped } =
            job.kind === 'rows' ? await applyImport(db, job, progress) : await restoreBackup(db, job, progress);
          hooks.afterWrite?.();
          post({
            type: 'done',
            outcome: { importId: record.id, created: record.created.length, merged: record.merged.length, skipped },
          });
        } catch (error) {
          post({ type: 'error', message: errorText(error) });
        }
      })();
    });
  });
}
