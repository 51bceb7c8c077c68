import { useState } from 'preact/hooks';
import { getImport, samePersonSuggestions } from '@/utils/db';
import { errorText } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { useDatabase } from './database';
import { MessageLine, type Message } from './MessageLine';
import { useLiveQuery } from './use-live-query';

/**
 * "Same person?" after an import: the people it added who share a name with another saved
 * person, each with a button that merges them (as capture offers it). Nothing is merged unasked.
 */
export function SamePersonList({ importId }: { importId: string }) {
  const db = useDatabase();
  const [message, setMessage] = useState<Message | undefined>();
  const suggestions =
    useLiveQuery(async () => {
      const record = await getImport(db, importId);
      return record ? samePersonSuggestions(db, record.created) : [];
    }, [importId]).value ?? [];
  if (suggestions.length === 0 && !message) return null;

  const merge = async (intoId: string, fromId: string, from: string, into: string) => {
    try {
      await sendMessage('mergePeople', { intoId, fromId });
      setMessage({ text: t('merge_done', from, into) });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  return (
    <section class="same-person" aria-labelledby="same-person-heading">
      <h4 id="same-person-heading">{t('import_same_person_title')}</h4>
      <ul>
        {suggestions.map(({ person, other }) => (
          <li key={`${person.id} ${other.id}`}>
            {t('import_same_person', person.title, other.title)}{' '}
            <button
              type="button"
              aria-label={t('import_merge_pair', person.title, other.title)}
              onClick={() => void merge(other.id, person.id, person.title, other.title)}
            >
              {t('merge')}
            </button>
          </li>
        ))}
      </ul>
      <MessageLine message={message} />
    </section>
  );
}
