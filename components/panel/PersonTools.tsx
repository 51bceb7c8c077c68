import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Source } from '@/utils/model/source';
import { displayUrl } from '../labels';
import { errorText } from '@/utils/errors';
import { MessageLine, type Message } from '../MessageLine';

/**
 * For a person: split one of their profiles off into a person of its own (two people who were
 * taken for one), or merge another person into them (one person saved twice).
 */
export function PersonTools({ person, people }: { person: Source; people: readonly Source[] }) {
  const others = people.filter((p) => p.id !== person.id);
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<Message | undefined>();
  const act = (run: () => Promise<string>) => {
    setMessage(undefined);
    run()
      .then((text) => setMessage({ text }))
      .catch((error: unknown) => setMessage({ text: errorText(error), error: true }));
  };
  const chosen = others.find((p) => p.id === other);

  return (
    <div class="person-tools">
      {person.profiles.length > 0 && (
        <ul class="plain">
          {person.profiles.map((profile) => (
            <li key={profile.url}>
              <button
                type="button"
                class="link"
                aria-label={t('split_profile', displayUrl(profile.url))}
                onClick={() =>
                  act(async () => {
                    await sendMessage('splitProfile', { personId: person.id, profileUrl: profile.url });
                    return t('split_done', displayUrl(profile.url));
                  })
                }
              >
                {t('split')} {displayUrl(profile.url)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div class="row">
          <div class="field">
            <label for="merge-with">{t('merge_with', person.title)}</label>
            <select id="merge-with" value={other} onChange={(e) => setOther(e.currentTarget.value)}>
              <option value="">{t('merge_choose')}</option>
              {others.map((p) => (
                <option value={p.id} key={p.id}>
                  {p.url ? `${p.title} (${displayUrl(p.url)})` : p.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!chosen}
            onClick={() =>
              chosen &&
              act(async () => {
                await sendMessage('mergePeople', { intoId: person.id, fromId: chosen.id });
                setOther('');
                return t('merge_done', chosen.title, person.title);
              })
            }
          >
            {t('merge')}
          </button>
        </div>
      )}
      <MessageLine message={message} />
    </div>
  );
}
