import { useState } from 'preact/hooks';
import { LoadError } from './MessageLine';
import { listTrash, TRASH_DAYS } from '@/utils/db';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { formatDate, kindLabel } from './labels';
import { useDatabase } from './database';
import { useLiveQuery } from './use-live-query';
import { errorText } from '@/utils/errors';

/** Removed sources, restorable for TRASH_DAYS days. */
export function TrashSection() {
  const db = useDatabase();
  const trash = useLiveQuery(() => listTrash(db), []);
  const [error, setError] = useState<string | undefined>();
  const act = (message: 'restoreSource' | 'deleteForever', id: string) => {
    setError(undefined);
    sendMessage(message, { id }).catch((e: unknown) => setError(errorText(e)));
  };
  return (
    <section class="trash" aria-labelledby="trash-heading">
      <h2 id="trash-heading">{t('trash_title')}</h2>
      <p class="muted">{t('trash_help', String(TRASH_DAYS))}</p>
      {error && (
        <p role="alert" class="message error">
          {error}
        </p>
      )}
      <LoadError error={trash.error} />
      {trash.value && trash.value.length === 0 && <p>{t('trash_empty')}</p>}
      <ul>
        {trash.value?.map(({ id, deletedAt, source }) => (
          <li key={id}>
            <span class="grow">
              {source.title}{' '}
              <span class="muted">
                · {kindLabel(source.kind)} · {t('trash_removed_on', formatDate(deletedAt))}
              </span>
            </span>
            <button
              type="button"
              aria-label={t('restore_source', source.title)}
              onClick={() => act('restoreSource', id)}
            >
              {t('restore')}
            </button>
            <button
              type="button"
              aria-label={t('delete_forever_source', source.title)}
              onClick={() => act('deleteForever', id)}
            >
              {t('delete_forever')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
