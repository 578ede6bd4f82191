// An inline "are you sure?" (popups cannot rely on window.confirm: Firefox does not show it).
import type { ComponentChildren } from 'preact';

export interface Pending {
  message: string;
  run: () => void;
}

export function ConfirmBar(props: {
  pending: Pending | null;
  onCancel: () => void;
  yes: string;
  no: string;
  children?: ComponentChildren;
}) {
  if (!props.pending) return null;
  const { pending } = props;
  return (
    <div class="confirm" role="alertdialog" aria-label={pending.message}>
      <p>{pending.message}</p>
      <div class="row">
        <button type="button" onClick={props.onCancel}>
          {props.no}
        </button>
        <button
          type="button"
          class="primary"
          ref={(el) => el?.focus()}
          onClick={() => {
            props.onCancel();
            pending.run();
          }}
        >
          {props.yes}
        </button>
      </div>
    </div>
  );
}
