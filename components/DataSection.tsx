import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  countSources,
  exportAll,
  listImports,
  listSources,
  previewImport,
  previewRestore,
  type ImportPreview,
} from '@/utils/db';
import { listText, plural, t } from '@/utils/i18n';
import { backupFormat, sourceLines } from '@/utils/io/backup';
import {
  bookmarkFolders,
  findFolder,
  rowsFromBookmarkFolder,
  type BookmarkFolder,
  type BookmarkNode,
} from '@/utils/io/browser-bookmarks';
import { checkImportSize } from '@/utils/io/detect';
import type { FileFormat } from '@/utils/io/format';
import { EXPORT_FORMATS, FILE_FORMATS, IMPORT_ACCEPT } from '@/utils/io/formats';
import { decodeImportBytes } from '@/utils/io/decode';
import { parseInWorker } from '@/utils/io/parse-in-worker';
import { datedName, downloadText } from '@/utils/io/download';
import type { ParsedImport } from '@/utils/io/types';
import { runImportJob, type ImportJob, type ImportNote, type ImportOutcome } from '@/utils/messaging/import-port';
import { sendMessage } from '@/utils/messaging/protocol';
import { updateSettings } from '@/utils/settings';
import { askToPersist, type Persistence } from '@/utils/storage-persistence';
import { useSettings } from './use-settings';
import { formatDate } from './labels';
import { useDatabase } from './database';
import { useLiveQuery } from './use-live-query';
import { errorText, problemText } from '@/utils/errors';
import { MessageLine, type Message } from './MessageLine';
import { RecentImports } from './RecentImports';
import { BringYourNetwork } from './BringYourNetwork';
import { SamePersonList } from './SamePersonList';
import { ImportPreview as ImportPreviewView, type PreviewFacts } from './ImportPreview';
import { combineImports, withoutEmails } from '@/utils/io/combine';
import type { ImportFileResult } from '@/utils/io/format';
import type { ImportRow } from '@/utils/model/import-row';

const DAY = 24 * 60 * 60 * 1000;
/** After this long without a backup, the page reminds the person to make one. */
const BACKUP_REMINDER_DAYS = 30;

type Stage =
  | { step: 'idle' }
  | { step: 'folders'; root: BookmarkNode; folders: BookmarkFolder[]; chosen: string }
  | { step: 'reading'; name: string }
  | { step: 'preview'; facts: PreviewFacts; job: ImportJob; notes: ImportNote[] }
  | { step: 'importing'; name: string; share: number }
  | { step: 'done'; name: string; outcome: ImportOutcome }
  | { step: 'error'; message: string; retry?: { name: string; job: ImportJob } };

/** Import, export and backup, on the network page. */
export function DataSection() {
  const db = useDatabase();
  const settings = useSettings();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [message, setMessage] = useState<Message | undefined>();
  const [keepEmails, setKeepEmails] = useState(false);
  const [dragging, setDragging] = useState(false);
  const imports = useLiveQuery(() => listImports(db), []).value ?? [];
  const count = useLiveQuery(() => countSources(db), []).value ?? 0;

  const [persistence, setPersistence] = useState<Persistence>('unknown');
  useEffect(() => {
    // Ask the browser to keep this data even when disk space runs low, and say what it granted.
    void askToPersist().then(setPersistence);
  }, []);

  /** Writes the collection in a format; says how many sources went into the file. */
  const exportAs = async (format: FileFormat) => {
    const how = format.export;
    if (!how) return 0;
    // A backup reads everything in one snapshot; the other formats need the sources only.
    const data = how.reads === 'everything' ? await exportAll(db) : { sources: await listSources(db) };
    downloadText(datedName(how.stem, format.extensions[0] ?? 'txt'), how.write(data), how.mime);
    return data.sources.length;
  };

  const backup = async () => {
    const count = await exportAs(backupFormat);
    await updateSettings({ lastBackupAt: Date.now() });
    setMessage({ text: plural('backup_done', count) });
  };

  /** Reads one file in the worker: its parse, or why it cannot be imported, in words. */
  const readFile = async (file: File): Promise<ImportFileResult> => {
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return tooLarge;
    const text = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    return parseInWorker(file.name, text, file.size);
  };

  /** Reads the files chosen or dropped, and previews them as one import. */
  const chooseFiles = async (files: readonly File[]) => {
    setMessage(undefined);
    if (files.length === 0) return;
    const name = files.map((f) => f.name).join(', ');
    setStage({ step: 'reading', name });
    try {
      const results = await Promise.all(files.map(async (file) => ({ file, result: await readFile(file) })));
      const [only] = results;
      if (results.length === 1 && only) {
        const { result, file } = only;
        if ('error' in result) return setStage({ step: 'error', message: problemText(result.error) });
        if ('backup' in result) {
          const lines = sourceLines(result.backup, result.invalid);
          const { issues, ...counts } = await previewRestore(db, result.backup.sources, lines);
          const job: ImportJob = { kind: 'backup', fileName: file.name, ...result.backup, lines };
          const facts = factsOf(file.name, [file.name], result.preview, counts);
          return setStage({ step: 'preview', facts, job, notes: issues });
        }
      }
      const refusedFiles: { file: string; message: string }[] = [];
      const parsed: { name: string; parsed: ParsedImport }[] = [];
      for (const { file, result } of results) {
        if ('error' in result) refusedFiles.push({ file: file.name, message: problemText(result.error) });
        else if ('backup' in result) refusedFiles.push({ file: file.name, message: t('import_backup_alone') });
        else parsed.push({ name: file.name, parsed: result });
      }
      if (parsed.length === 0) {
        return setStage({
          step: 'error',
          message: refusedFiles.map((r) => t('import_file_refused', r.file, r.message)).join('\n'),
        });
      }
      const combined = combineImports(parsed);
      const names = parsed.map((p) => p.name);
      const fileName = names.join(', ').slice(0, 500);
      const format = combined.formats.length === 1 ? (combined.formats[0] ?? 'several') : 'several';
      const job: ImportJob = { kind: 'rows', fileName, format, rows: combined.rows };
      const counts = await previewImport(db, combined.rows);
      const facts: PreviewFacts = {
        ...factsOf(names.join(', '), names, combined, counts),
        invalid:
          parsed.length > 1 ? combined.invalid : combined.invalid.map(({ line, problem }) => ({ line, problem })),
        acrossFiles: combined.acrossFiles,
        refusedFiles,
        emails: combined.rows.filter((r) => r.email !== undefined).length,
      };
      setKeepEmails(false);
      setStage({ step: 'preview', facts, job, notes: [] });
    } catch (error) {
      setStage({ step: 'error', message: errorText(error) });
    }
  };

  const pickBookmarks = () => {
    setMessage(undefined);
    // The request must be the first thing the click does: browsers ask only in answer to a click.
    void browser.permissions
      .request({ permissions: ['bookmarks'] })
      .then(async (granted) => {
        if (!granted) return setStage({ step: 'error', message: t('bookmarks_denied') });
        const [root] = await browser.bookmarks.getTree();
        if (!root) return setStage({ step: 'error', message: t('bookmarks_none') });
        const folders = bookmarkFolders(root).filter((f) => f.count > 0);
        if (folders.length === 0) return setStage({ step: 'error', message: t('bookmarks_none') });
        setStage({ step: 'folders', root, folders, chosen: folders[0]?.id ?? '' });
      })
      .catch((error: unknown) => setStage({ step: 'error', message: errorText(error) }));
  };

  const previewFolder = async (root: BookmarkNode, id: string, folders: BookmarkFolder[]) => {
    const folder = findFolder(root, id);
    if (!folder) return;
    const name = folders.find((f) => f.id === id)?.path ?? '';
    const parsed = rowsFromBookmarkFolder(folder);
    const job: ImportJob = { kind: 'rows', fileName: name, format: parsed.format, rows: parsed.rows };
    const facts = factsOf(name, [name], parsed, await previewImport(db, parsed.rows));
    setStage({ step: 'preview', facts, job, notes: [] });
  };

  const run = async (name: string, job: ImportJob) => {
    // Email addresses (a contacts export's) go only where the person asked to keep them.
    if (job.kind === 'rows' && !keepEmails) job = { ...job, rows: withoutEmails(job.rows as ImportRow[]) };
    setStage({ step: 'importing', name, share: 0 });
    try {
      const outcome = await runImportJob(db, job, (share) => setStage({ step: 'importing', name, share }));
      setStage({ step: 'done', name, outcome });
    } catch (error) {
      // Nothing was written: the same file can be imported again from here.
      setStage({ step: 'error', message: errorText(error), retry: { name, job } });
    }
  };

  const undo = async (id: string) => {
    try {
      const r = await sendMessage('undoImport', { id });
      setMessage({ text: t('import_undone', String(r.removed), String(r.restored), String(r.keptChanged)) });
      if (stage.step === 'done' && stage.outcome.importId === id) setStage({ step: 'idle' });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  const busy = stage.step === 'importing' || stage.step === 'reading';
  const last = settings?.lastBackupAt;
  const overdue = count > 0 && (last === undefined || Date.now() - last > BACKUP_REMINDER_DAYS * DAY);

  return (
    <section class="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data_title')}</h2>
      <p class={overdue ? 'notice' : 'muted'} role={overdue ? 'status' : undefined}>
        {last === undefined ? t('backup_never') : t('backup_last', formatDate(last))}
        {overdue && ` ${t('backup_reminder')}`}
      </p>
      {persistence !== 'unknown' && (
        <p class={persistence === 'persisted' ? 'muted' : 'notice'}>
          {t(persistence === 'persisted' ? 'storage_persisted' : 'storage_not_persisted')}
        </p>
      )}
      <div class="actions">
        <button type="button" class={overdue ? 'primary' : ''} onClick={() => void backup()}>
          {t('backup_now')}
        </button>
        {EXPORT_FORMATS.filter((format) => format.id !== backupFormat.id).map((format) => (
          <button type="button" key={format.id} onClick={() => void exportAs(format)}>
            {t(format.export.label)}
          </button>
        ))}
      </div>
      <MessageLine message={message} />

      <h3>{t('import_title')}</h3>
      <BringYourNetwork open={count === 0} />
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        role="group"
        aria-label={t('import_drop_zone')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const files = [...(e.dataTransfer?.files ?? [])];
          if (busy || files.length === 0) return;
          void chooseFiles(files);
        }}
      >
        <label for="import-file">
          {t(
            'import_choose',
            listText(
              FILE_FORMATS.map((format) => t(format.label)),
              'disjunction',
            ),
          )}
        </label>
        <input
          id="import-file"
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void chooseFiles(files);
          }}
        />
        <p class="muted">{t('import_drop')}</p>
      </div>
      <div class="actions">
        <button type="button" disabled={stage.step === 'importing'} onClick={pickBookmarks}>
          {t('bookmarks_import')}
        </button>
      </div>
      {stage.step === 'folders' && (
        <div class="row">
          <div class="field">
            <label for="bookmark-folder">{t('bookmarks_folder')}</label>
            <select
              id="bookmark-folder"
              value={stage.chosen}
              onChange={(e) => setStage({ ...stage, chosen: e.currentTarget.value })}
            >
              {stage.folders.map((f) => (
                <option value={f.id} key={f.id}>
                  {t('bookmarks_folder_option', f.path, String(f.count))}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void previewFolder(stage.root, stage.chosen, stage.folders)}>
            {t('bookmarks_preview')}
          </button>
        </div>
      )}
      {stage.step === 'reading' && <p role="status">{t('import_reading', stage.name)}</p>}
      {stage.step === 'error' && (
        <div class="message error">
          <p role="alert">{stage.message}</p>
          {stage.retry && (
            <button type="button" onClick={() => stage.retry && void run(stage.retry.name, stage.retry.job)}>
              {t('import_retry')}
            </button>
          )}
        </div>
      )}
      {stage.step === 'preview' && (
        <ImportPreviewView facts={stage.facts}>
          <ImportNotes notes={stage.notes} />
          {stage.facts.emails > 0 && (
            <div class="field">
              <label>
                <input type="checkbox" checked={keepEmails} onChange={(e) => setKeepEmails(e.currentTarget.checked)} />{' '}
                {t('import_keep_emails')}
              </label>
              <p class="muted">{t('import_keep_emails_hint', String(stage.facts.emails))}</p>
            </div>
          )}
          <p class="muted">{t('import_merge_rule')}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={stage.facts.counts.created + stage.facts.counts.merged === 0}
              onClick={() => void run(stage.facts.name, stage.job)}
            >
              {t('import_confirm', String(stage.facts.counts.created + stage.facts.counts.merged))}
            </button>
            <button type="button" onClick={() => setStage({ step: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </ImportPreviewView>
      )}
      {stage.step === 'importing' && (
        <div role="status">
          <p>{t('import_running', stage.name)}</p>
          <progress max={1} value={stage.share} aria-label={t('import_progress')} />
        </div>
      )}
      {stage.step === 'done' && (
        <div role="status" class="message">
          <p>
            {t(
              'import_done',
              String(stage.outcome.created),
              String(stage.outcome.merged),
              String(stage.outcome.skipped),
            )}
          </p>
          <ImportNotes notes={stage.outcome.notes} />
          <button type="button" onClick={() => void undo(stage.outcome.importId)}>
            {t('import_undo')}
          </button>
          <SamePersonList importId={stage.outcome.importId} />
        </div>
      )}
      <RecentImports imports={imports} onUndo={(id) => void undo(id)} />
    </section>
  );
}

/** The preview's facts of one file (or of files combined), before refusals of whole files. */
function factsOf(
  name: string,
  files: readonly string[],
  parsed: Pick<ParsedImport, 'invalid' | 'invalidCount' | 'duplicatesInFile'>,
  counts: ImportPreview,
): PreviewFacts {
  return {
    name,
    files,
    counts,
    invalid: parsed.invalid,
    invalidCount: parsed.invalidCount,
    duplicatesInFile: parsed.duplicatesInFile,
    acrossFiles: [],
    refusedFiles: [],
    emails: 0,
  };
}

/** What a restore leaves out or changes, line by line. */
function ImportNotes({ notes }: { notes: readonly ImportNote[] }) {
  if (notes.length === 0) return null;
  return (
    <details open={notes.length <= 5}>
      <summary>{t('import_left_out', String(notes.length))}</summary>
      <ul>
        {notes.map((note, i) => (
          <li key={i}>{t('import_invalid_line', String(note.line), problemText(note.problem))}</li>
        ))}
      </ul>
    </details>
  );
}
