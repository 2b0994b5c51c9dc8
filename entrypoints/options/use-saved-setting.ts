import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Setting } from '../../extension/settings.ts';

/**
 * The setting's saved value, undefined until it is read. A form shows once it is read, so what was saved
 * never lands on top of what someone has already started to type or tick.
 */
export function useSavedSetting<T>(setting: Setting<T>): Signal<T | undefined> {
  const saved = useSignal<T | undefined>(undefined);
  useEffect(() => {
    void setting.get().then((value) => (saved.value = value));
  }, [setting]);
  return saved;
}
