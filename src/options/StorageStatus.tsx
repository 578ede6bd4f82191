// How full storage is, and, when a write was refused, why and what to delete to make room.
// (Its words are here, in English and Greek, until they join src/i18n/ with the words' owner.)
import { sendMessage, type StorageReport } from '../messaging/protocol';

const WORDS = {
  en: {
    heading: 'Storage',
    used: (kb: number) => `Stored: ${kb} KB.`,
    refused: (item: string, reason: string) => `Not saved (${item}): ${reason}.`,
    full: 'The browser storage for the extension is full. Reminders keep working; to save new data, delete some of these:',
    setAside: (n: number, kb: number) =>
      `${n} set-aside cop${n === 1 ? 'y' : 'ies'} of data that failed a check (${kb} KB)`,
    diagnostics: (kb: number) => `the guide's diagnostics (${kb} KB)`,
    solved: (kb: number) => `solved cases (cases take ${kb} KB)`,
    orders: (n: number, kb: number) => `orders you no longer need, from the popup (${n} orders, ${kb} KB)`,
    remove: 'Delete',
  },
  el: {
    heading: 'Αποθήκευση',
    used: (kb: number) => `Αποθηκευμένα: ${kb} KB.`,
    refused: (item: string, reason: string) => `Δεν αποθηκεύτηκε (${item}): ${reason}.`,
    full: 'Ο χώρος αποθήκευσης της επέκτασης γέμισε. Οι υπενθυμίσεις συνεχίζουν· για να αποθηκευτούν νέα δεδομένα, διαγράψτε κάποια από αυτά:',
    setAside: (n: number, kb: number) => `${n} αντίγραφα δεδομένων που απέτυχαν στον έλεγχο (${kb} KB)`,
    diagnostics: (kb: number) => `τα διαγνωστικά του οδηγού (${kb} KB)`,
    solved: (kb: number) => `τις λυμένες υποθέσεις (οι υποθέσεις πιάνουν ${kb} KB)`,
    orders: (n: number, kb: number) =>
      `παραγγελίες που δεν χρειάζεστε, από το αναδυόμενο (${n} παραγγελίες, ${kb} KB)`,
    remove: 'Διαγραφή',
  },
};

const kb = (bytes = 0) => Math.ceil(bytes / 1024);

export function StorageStatus(props: { report: StorageReport; lang: string; onChanged: () => void }) {
  const w = props.lang === 'el' ? WORDS.el : WORDS.en;
  const { bytes, counts, refusal } = props.report;
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const run = (p: Promise<unknown>) => void p.then(props.onChanged, props.onChanged);
  return (
    <div class="storage" aria-live="polite">
      <p class="muted">{w.used(kb(total))}</p>
      {refusal && (
        <div class="error" role="alert">
          <p>{w.refused(refusal.item, refusal.reason)}</p>
          {refusal.kind === 'quota' && (
            <>
              <p>{w.full}</p>
              <ul>
                {counts.setAside > 0 && (
                  <li>
                    {w.setAside(counts.setAside, kb(bytes['set-aside']))}{' '}
                    <button type="button" onClick={() => run(sendMessage('clearSetAside'))}>
                      {w.remove}
                    </button>
                  </li>
                )}
                <li>
                  {w.diagnostics(kb(bytes.diagnostics))}{' '}
                  <button
                    type="button"
                    onClick={() => run(sendMessage('freeSpace', { what: 'diagnostics' }))}
                  >
                    {w.remove}
                  </button>
                </li>
                <li>
                  {w.solved(kb(bytes.cases))}{' '}
                  <button
                    type="button"
                    onClick={() => run(sendMessage('freeSpace', { what: 'solved-cases' }))}
                  >
                    {w.remove}
                  </button>
                </li>
                <li>{w.orders(counts.orders, kb(bytes.orders))}</li>
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
