import { formatNumber, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';

/**
 * A few sources related to the one in view (from the same person, the same site), each opening
 * its details, and "Show all" when there are more than `shown`.
 */
export function RelatedGroup(props: {
  label: string;
  sources: readonly Source[];
  shown: number;
  /** The person the group is about, whose details open from its heading. */
  person?: Source | undefined;
  onOpen: (id: string) => void;
  onShowAll: () => void;
}) {
  const { person, shown } = props;
  if (props.sources.length === 0 && !person) return null;
  return (
    <div class="related">
      <h3>
        {person ? (
          <button
            type="button"
            class="link"
            aria-label={t('panel_details_of', person.title)}
            onClick={() => props.onOpen(person.id)}
          >
            {props.label}
          </button>
        ) : (
          props.label
        )}
      </h3>
      <ul aria-label={props.label}>
        {props.sources.slice(0, shown).map((s) => (
          <li key={s.id}>
            <button type="button" class="link" onClick={() => props.onOpen(s.id)}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
      {props.sources.length > shown && (
        <button type="button" class="link" onClick={props.onShowAll}>
          {t('panel_show_all', formatNumber(props.sources.length))}
        </button>
      )}
    </div>
  );
}
