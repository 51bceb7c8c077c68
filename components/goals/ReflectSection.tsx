import { useState } from 'preact/hooks';
import { listGoals, listJournal } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { useDatabase } from '../database';
import { LoadError, MessageLine, type Message } from '../MessageLine';
import { useLiveQuery } from '../use-live-query';
import { JournalList } from './JournalList';
import { ReflectionForm } from './ReflectionForm';
import { ReminderSettings } from './ReminderSettings';
import { reflectHash, type Route } from './use-route';

/**
 * Reflection on the network page: *Reflect now* opens the form (also opened by the address
 * `#reflect`, which the weekly reminder uses), then the journal, newest first, and the reminder.
 */
export function ReflectSection(props: { sources: readonly Source[]; route: Route; go: (hash: string) => void }) {
  const db = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), []);
  const journal = useLiveQuery(() => listJournal(db), []);
  const [message, setMessage] = useState<Message | undefined>();
  const open = props.route.type === 'reflect';

  return (
    <section class="reflect" aria-labelledby="journal-heading">
      <h2 id="journal-heading">{t('journal_title')}</h2>
      <p class="muted">{t('journal_help')}</p>
      {open ? (
        <ReflectionForm
          goals={goals.value ?? []}
          sources={props.sources}
          goalId={props.route.type === 'reflect' ? props.route.goalId : undefined}
          onDone={(saved) => {
            setMessage(saved ? { text: t('reflect_saved') } : undefined);
            props.go('');
          }}
        />
      ) : (
        <button
          type="button"
          class="primary"
          onClick={() => {
            setMessage(undefined);
            props.go(reflectHash());
          }}
        >
          {t('reflect_now')}
        </button>
      )}
      <MessageLine message={message} />
      <LoadError error={journal.error} />
      <JournalList entries={journal.value ?? []} sources={props.sources} goals={goals.value ?? []} />
      <ReminderSettings />
    </section>
  );
}
