// The stored data for extension pages: read through the background (which validates and
// migrates it), refreshed when storage changes. Pages never write storage themselves.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { load } from '../store/migrate';
import { STORAGE_KEY, type StoreData } from '../store/schema';

export function useStoreData(): {
  data: StoreData | undefined;
  error: string | undefined;
  reload: () => void;
} {
  const [data, setData] = useState<StoreData>();
  const [error, setError] = useState<string>();
  // Reading is local and needs no round trip to the worker (which may be asleep): the same
  // pure validation the worker applies gives the same data. Writing goes through the worker.
  const reload = () => {
    browser.storage.local
      .get(STORAGE_KEY)
      .then((raw) => {
        setData(load(raw[STORAGE_KEY]).data);
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
