import { useState } from 'preact/hooks';
import { plural } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { recordVisit } from '@/utils/navigation';
import { ExternalLink } from '../ExternalLink';
import { ShowAllToggle } from '../ShowAllToggle';
import { kindLabel } from '../labels';

/** A saved source as a line: its link (counted as a visit when opened), its kind, and more. */
export function SourceLine(props: { source: Source; detail?: string | undefined }) {
  const { source, detail } = props;
  return (
    <>
      <ExternalLink href={source.url} onOpen={() => recordVisit(source.id)}>
        {source.title}
      </ExternalLink>
      <span class="muted">
        {' '}
        · {kindLabel(source.kind)}
        {detail && ` · ${detail}`}
      </span>
    </>
  );
}

/**
 * The first `limit` sources, with a button to show them all (and fewer again). While the list's
 * sources are still being read, `sources` holds its start and `count` its length: shown whole, it
 * says it is busy until the rest is in.
 */
export function ShortSourceList(props: {
  sources: readonly Source[];
  count?: number;
  limit: number;
  /** The group's name, so that each "Show all" button says which list it opens. */
  group: string;
  detail?: (source: Source) => string | undefined;
}) {
  const { sources, limit, group, detail } = props;
  const count = Math.max(props.count ?? 0, sources.length);
  const [all, setAll] = useState(false);
  const shown = all ? sources : sources.slice(0, limit);
  const loading = all && sources.length < count;
  return (
    <>
      <ul class="source-list" aria-busy={loading}>
        {shown.map((s) => (
          <li key={s.id}>
            <SourceLine source={s} detail={detail?.(s)} />
          </li>
        ))}
      </ul>
      {loading && <p class="muted">{plural('panel_loading', count)}</p>}
      {count > limit && <ShowAllToggle all={all} count={count} group={group} onToggle={() => setAll(!all)} />}
    </>
  );
}

/** How many groups a long view shows at first, and adds at each "Show more". */
export const GROUPS_PAGE = 30;
