import { useState } from 'preact/hooks';
import type { PopupStrings } from '../i18n/pages';
import { send as sendMessage } from './send';

export function AddOrder(props: {
  t: PopupStrings;
  /** What is wrong with a typed number (words loaded beside the composer's; shown after a try). */
  problems: Record<string, string> | undefined;
  onAdded: (number: string) => void;
}) {
  const { t } = props;
  const problems = props.problems ?? {};
  const [value, setValue] = useState('');
  // The reason, not its words: the words load beside the composer and may come a moment after
  // the shopper's first try; the message shows as soon as they are here.
  const [reason, setReason] = useState<string>();
  const problem = reason === undefined ? undefined : (problems[reason] ?? '');
  const [done, setDone] = useState('');
  const add = async (anyway: boolean) => {
    // Loaded when first used: adding by hand is rare.
    const { checkOrderNumber } = await import('../wish/order-number');
    const check = checkOrderNumber(value);
    if (!check.ok && !anyway) {
      setReason(check.reason);
      return;
    }
    if (!check.ok && check.reason === 'empty') return;
    const number = check.value;
    const result = await sendMessage('addManualOrder', {
      order: { number, items: [], flags: check.ok ? [] : ['number-unverified'] },
    });
    if (result.rejected) {
      setReason('characters');
      return;
    }
    setReason(undefined);
    setValue('');
    setDone(t.orderAdded);
    props.onAdded(number);
  };
  return (
    <details class="add-order">
      <summary>{t.addOrder}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add(false);
        }}
      >
        <label>
          {t.addOrderLabel}
          <input
            value={value}
            onInput={(e) => {
              setValue(e.currentTarget.value);
              setReason(undefined);
              setDone('');
            }}
            aria-invalid={reason !== undefined ? 'true' : undefined}
            aria-describedby="add-order-problem"
            placeholder="5f1a2b3c4d5e6f708192a3b4"
            autocomplete="off"
            spellcheck={false}
          />
        </label>
        <button type="submit">{t.addOrderButton}</button>
      </form>
      <div id="add-order-problem" aria-live="polite">
        {problem !== undefined && (
          <p class="error">
            {problem}{' '}
            {value.trim() && (
              <button type="button" class="link" onClick={() => void add(true)}>
                {t.keepAnyway}
              </button>
            )}
          </p>
        )}
        {done && <p class="status">{done}</p>}
      </div>
    </details>
  );
}
