import { useCallback, useState } from 'preact/hooks';
import { errorText } from '@/utils/errors';
import { plural, t } from '@/utils/i18n';
import { categoryLabel, statusLabel } from '@/utils/labels';
import { sendMessage } from '@/utils/messaging/protocol';
import type { BulkChange } from '@/utils/model/bulk';
import type { LiveCollection } from '@/utils/search/live-collection';

/** What the toast offers to undo: one deleted source (`title`) or a bulk edit (`message`). */
export interface Undo {
  title: string;
  message?: string;
  run: () => Promise<unknown>;
  failure: (error: unknown) => string;
}

/**
 * What the side panel does to sources: delete one, change or delete the selected ones, and undo
 * the last of these. Each sets the undo it offers, a notice or an error; a bulk edit is busy
 * until the background has answered.
 */
export function useSourceActions(collection: LiveCollection) {
  const [undo, setUndo] = useState<Undo | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const clearError = useCallback(() => setError(undefined), []);
  const dismissUndo = useCallback(() => setUndo(undefined), []);

  const remove = useCallback(
    async (id: string) => {
      const title = collection.get(id)?.title ?? '';
      try {
        await sendMessage('removeSource', { id });
        setUndo({
          title,
          run: () => sendMessage('restoreSource', { id }),
          failure: (e) => t('error_restore', errorText(e)),
        });
      } catch (e) {
        setError(t('error_delete', errorText(e)));
      }
    },
    [collection],
  );

  /** One bulk edit: busy while it runs, the last notice and error cleared, its failure said. */
  const bulk = useCallback(async (run: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await run();
    } catch (e) {
      setError(t('panel_error_bulk', errorText(e)));
    } finally {
      setBusy(false);
    }
  }, []);

  /** `goalTitle` names the goal of `change.addGoal`, for the notice. */
  const bulkChange = useCallback(
    (ids: string[], change: BulkChange, goalTitle?: string) =>
      bulk(async () => {
        const result = await sendMessage('bulkUpdate', { ids, change });
        if (result.updated === 0) setNotice(t('panel_bulk_nothing'));
        else {
          setUndo({
            title: '',
            message: describeChange(change, result.updated, goalTitle),
            run: () => sendMessage('bulkRevert', { previous: result.previous }),
            failure: (e) => t('panel_error_undo', errorText(e)),
          });
        }
      }),
    [bulk],
  );

  /** Moves the sources to the trash; `done` runs once they are there. */
  const bulkDelete = (ids: string[], done: () => void) =>
    bulk(async () => {
      const moved = await sendMessage('bulkRemove', { ids });
      done();
      if (moved.length > 0) {
        setUndo({
          title: '',
          message: plural('panel_bulk_deleted', moved.length),
          run: () => sendMessage('bulkRestore', { ids: moved }),
          failure: (e) => t('panel_error_undo', errorText(e)),
        });
      }
    });

  const runUndo = () => {
    if (!undo) return;
    undo
      .run()
      .then(() => {
        setUndo(undefined);
        if (undo.message !== undefined) setNotice(t('panel_undone'));
      })
      .catch((e: unknown) => setError(undo.failure(e)));
  };

  return { undo, notice, error, busy, clearError, dismissUndo, remove, bulkChange, bulkDelete, runUndo };
}

function describeChange(change: BulkChange, count: number, goalTitle = ''): string {
  return [
    change.category !== undefined && plural('panel_bulk_done_category', count, categoryLabel(change.category)),
    change.status !== undefined && plural('panel_bulk_done_status', count, statusLabel(change.status)),
    !!change.addTopics?.length && plural('panel_bulk_done_add', count, change.addTopics.join(', ')),
    !!change.removeTopics?.length && plural('panel_bulk_done_remove', count, change.removeTopics.join(', ')),
    change.addGoal !== undefined && plural('panel_bulk_done_goal', count, goalTitle),
  ]
    .filter((part) => part !== false)
    .join(' ');
}
