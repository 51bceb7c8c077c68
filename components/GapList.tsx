import type { Gap } from '@/utils/insights/rule';
import { messageText } from '@/utils/i18n';

/** Gaps in a network, each as what is missing and why it matters; `empty` when there are none. */
export function GapList({ gaps, empty }: { gaps: readonly Gap[]; empty: string }) {
  if (gaps.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="gap-list">
      {gaps.map((gap) => {
        const title = messageText(gap.title);
        return (
          <li key={title}>
            <strong>{title}</strong> {messageText(gap.help)}
          </li>
        );
      })}
    </ul>
  );
}
