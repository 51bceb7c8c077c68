import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Modal } from './Modal';

interface Props {
  /** The question: the dialog's heading and its accessible name. */
  title: string;
  children: ComponentChildren;
  /** The label of the button that goes ahead. */
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that is hard to take back: a modal dialog (Escape cancels, the focus
 * stays inside), named by its question, with the safe choice focused first.
 */
export function ConfirmDialog(props: Props) {
  const id = useId();
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-text`} onCancel={props.onCancel}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-text`}>{props.children}</div>
      <div class="actions">
        <button type="button" class="primary" onClick={props.onConfirm}>
          {props.confirm}
        </button>
        {/* Focused first: Enter does not undo by accident. */}
        <button type="button" autofocus onClick={props.onCancel}>
          {props.cancel}
        </button>
      </div>
    </Modal>
  );
}
