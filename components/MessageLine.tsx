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
