import { formatNumber, t } from '@/utils/i18n';

/**
 * The button under a shortened list: "Show all N", then "Show fewer". Its accessible name says
 * which list (`group`), since a page has several.
 */
export function ShowAllToggle(props: { all: boolean; count: number; group: string; onToggle: () => void }) {
  const { all, count, group, onToggle } = props;
  return (
    <button
      type="button"
      class="link"
      aria-expanded={all}
      aria-label={all ? t('show_fewer_in', group) : t('show_all_in', formatNumber(count), group)}
      onClick={onToggle}
    >
      {all ? t('show_fewer') : t('show_all', formatNumber(count))}
    </button>
  );
}
