// The stored data for extension pages: read through the background (which validates and
// migrates it), refreshed when storage changes. Pages never write storage themselves.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendMessage } from '../messaging/protocol';
import { STORAGE_KEY, type StoreData } from '../store/schema';

export function useStoreData(): {
  data: StoreData | undefined;
  error: string | undefined;
  reload: () => void;
} {
  const [data, setData] = useState<StoreData>();
  const [error, setError] = useState<string>();
  const reload = () => {
    sendMessage('getState')
      .then((d) => {
        setData(d);
        setError(undefined);
      })
      .catch((e: Error) => setError(e.message));
  };
  useEffect(() => {
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STORAGE_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { data, error, reload };
}
