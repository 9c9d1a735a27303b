import { useSyncExternalStore } from 'react';

const subscribe = (changed: () => void) => {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
};

/** Whether the phone says it has a connection (navigator.onLine), following its online/offline events. */
export const useOnline = () => useSyncExternalStore(subscribe, () => navigator.onLine);
