import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatNumber, t } from '@/utils/i18n';

/**
 * Above the list: "select all" for the entries shown (ticked when all are, half when some are),
 * and while searching or filtering, how many are shown.
 */
export function ListHead(props: {
  shown: number;
  allSelected: boolean;
  someSelected: boolean;
  searching: boolean;
  onToggleAll: () => void;
}) {
  const selectAll = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = props.someSelected;
  });
  return (
    <div class="list-head">
      <label class="check">
        <input ref={selectAll} type="checkbox" checked={props.allSelected} onChange={props.onToggleAll} />
        {t('panel_select_all', formatNumber(props.shown))}
      </label>
      {props.searching && (
        <span role="status" class="muted">
          {t('panel_shown', formatNumber(props.shown))}
        </span>
      )}
    </div>
  );
}
