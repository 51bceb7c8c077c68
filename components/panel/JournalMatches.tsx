import { Fragment } from 'preact';
import { formatDate, formatNumber, plural, t } from '@/utils/i18n';
import type { JournalEntry } from '@/utils/model/journal';
import { snippet } from '@/utils/search/highlight';
import { Highlighted } from './Highlighted';

/** How many matching entries are listed; the rest are counted. */
const SHOWN = 20;

/**
 * The journal entries a search finds, above the sources it finds: when each was written, the
 * part of its text around the words searched for, and the sources and people it names, each a
 * button that opens their details.
 */
export function JournalMatches(props: {
  entries: readonly JournalEntry[];
  terms: readonly string[];
  titleOf: (id: string) => string | undefined;
  onOpen: (id: string) => void;
}) {
  if (props.entries.length === 0) return null;
  const more = props.entries.length - SHOWN;
  return (
    <section class="journal-matches" aria-labelledby="journal-matches-heading">
      <h2 id="journal-matches-heading">{plural('panel_journal_matches', props.entries.length)}</h2>
      <ol class="journal">
        {props.entries.slice(0, SHOWN).map((entry) => {
          const named = entry.sourceIds.flatMap((id) => {
            const title = props.titleOf(id);
            return title === undefined ? [] : [{ id, title }];
          });
          return (
            <li key={entry.id} class="journal-entry">
              <p class="muted">
                <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDate(entry.createdAt)}</time>
              </p>
              <p class="journal-text">
                <Highlighted text={snippet(entry.text, props.terms, 200)} terms={props.terms} />
              </p>
              {named.length > 0 && (
                <p class="muted">
                  {t('panel_journal_names')}{' '}
                  {named.map((source, i) => (
                    <Fragment key={source.id}>
                      {i > 0 && ', '}
                      <button type="button" class="link" onClick={() => props.onOpen(source.id)}>
                        <Highlighted text={source.title} terms={props.terms} />
                      </button>
                    </Fragment>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {more > 0 && <p class="muted">{t('panel_more_count', formatNumber(more))}</p>}
    </section>
  );
}
