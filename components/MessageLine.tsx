import { errorText } from '@/utils/errors';
import { t } from '@/utils/i18n';

/** A line that tells the outcome of an action: announced politely, or at once when it is an error. */
export interface Message {
  text: string;
  error?: boolean;
}

export function MessageLine({ message }: { message: Message | undefined }) {
  if (!message) return null;
  return (
    <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}

/** What could not be read, said at once; nothing while there is no error. */
export function LoadError({ error }: { error: unknown }) {
  return (
    <MessageLine message={error === undefined ? undefined : { text: t('error_load', errorText(error)), error: true }} />
  );
}
