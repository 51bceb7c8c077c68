import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

/**
 * Says what was deleted (the source `title`, or with `message`, what was done) and offers to undo
 * it; focus moves to Undo.
 */
export function UndoToast(
  props: ({ title: string; message?: string } | { title?: undefined; message: string }) & {
    onUndo: () => void;
    onDismiss: () => void;
  },
) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [props.title, props.message]);
  return (
    <div class="toast" role="status" onKeyDown={(e) => e.key === 'Escape' && props.onDismiss()}>
      <span>{props.message ?? t('deleted_source', props.title ?? '')}</span>
      <button type="button" ref={undo} onClick={props.onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="link" aria-label={t('dismiss')} onClick={props.onDismiss}>
        ×
      </button>
    </div>
  );
}
