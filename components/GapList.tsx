import { useId, useState } from 'preact/hooks';
import type { Gap } from '@/utils/insights/rule';
import { messageText, plural, t } from '@/utils/i18n';

/** How many gaps are listed before *Show all*: the rules list the weightiest first. */
export const GAPS_SHOWN = 8;

/**
 * Gaps in a network, each as what is missing and why it matters; `empty` when there are none.
 * A long list (a large network can lack a community for dozens of topics) shows its first
 * GAPS_SHOWN, and a button that lists them all, and fewer again (its name says which it does).
 */
export function GapList({ gaps, empty }: { gaps: readonly Gap[]; empty: string }) {
  const [all, setAll] = useState(false);
  const id = useId();
  if (gaps.length === 0) return <p class="muted">{empty}</p>;
  const long = gaps.length > GAPS_SHOWN;
  return (
    <>
      <ul class="gap-list" id={id}>
        {(all || !long ? gaps : gaps.slice(0, GAPS_SHOWN)).map((gap) => {
          const title = messageText(gap.title);
          return (
            <li key={title}>
              <strong>{title}</strong> {messageText(gap.help)}
            </li>
          );
        })}
      </ul>
      {long && (
        <button type="button" aria-controls={id} onClick={() => setAll(!all)}>
          {all ? t('gaps_show_fewer') : plural('gaps_show_all', gaps.length)}
        </button>
      )}
    </>
  );
}
