import { useState } from 'preact/hooks';
import type { ImportRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { formatDate } from './labels';

interface Props {
  /** Every kept import record, newest first. */
  imports: readonly ImportRecord[];
  onUndo: (id: string) => void;
}

/**
 * The imports that can still be undone, newest first. Undoing the latest is one click; undoing
 * an earlier one asks first, since later imports may have merged into what it added.
 */
export function RecentImports({ imports, onUndo }: Props) {
  const [asking, setAsking] = useState<ImportRecord | undefined>();
  const open = imports.filter((r) => !r.undone);
  if (open.length === 0) return null;
  const later = (record: ImportRecord) => imports.filter((r) => r.createdAt > record.createdAt).length;
  return (
    <details class="imports">
      <summary>{t('imports_recent')}</summary>
      <ul>
        {open.map((r, i) => (
          <li key={r.id}>
            <span class="grow">
              {r.fileName}{' '}
              <span class="muted">
                · {formatDate(r.createdAt)} · {t('import_summary', String(r.created.length), String(r.merged.length))}
              </span>
            </span>
            <button
              type="button"
              aria-label={t('import_undo_named', r.fileName)}
              onClick={() => (i === 0 ? onUndo(r.id) : setAsking(r))}
            >
              {t('undo')}
            </button>
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title={t('import_undo_confirm_title')}
          confirm={t('import_undo_confirm')}
          cancel={t('cancel')}
          onConfirm={() => {
            setAsking(undefined);
            onUndo(asking.id);
          }}
          onCancel={() => setAsking(undefined)}
        >
          <p>{t('import_undo_confirm_text', asking.fileName, formatDate(asking.createdAt), String(later(asking)))}</p>
        </ConfirmDialog>
      )}
    </details>
  );
}
