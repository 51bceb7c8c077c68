import { useState } from 'preact/hooks';
import type { Gap } from '@/utils/insights/rule';
import { messageText, t } from '@/utils/i18n';
import { ShowAllToggle } from './ShowAllToggle';

/** How many gaps are listed before *Show all*: the rules list the weightiest first. */
const GAPS_SHOWN = 8;

/**
 * Gaps in a network, each as what is missing and why it matters; `empty` when there are none.
 * A long list (a large network can lack a community for dozens of topics) shows its first
 * GAPS_SHOWN, and the button that lists them all, and fewer again, as other short lists do.
 */
export function GapList({ gaps, empty }: { gaps: readonly Gap[]; empty: string }) {
  const [all, setAll] = useState(false);
  if (gaps.length === 0) return <p class="muted">{empty}</p>;
  const long = gaps.length > GAPS_SHOWN;
  return (
    <>
      <ul class="gap-list">
        {(all || !long ? gaps : gaps.slice(0, GAPS_SHOWN)).map((gap) => {
          const title = messageText(gap.title);
          return (
            <li key={title}>
              <strong>{title}</strong> {messageText(gap.help)}
            </li>
          );
        })}
      </ul>
      {long && <ShowAllToggle all={all} count={gaps.length} group={t('gaps_title')} onToggle={() => setAll(!all)} />}
    </>
  );
}
