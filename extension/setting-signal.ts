import { signal, type ReadonlySignal } from '@preact/signals';
import type { Setting } from './settings.ts';

/**
 * A setting as a signal that follows the options page while the panel is open: its fallback until the
 * stored value has been read.
 */
export function settingSignal<T>(setting: Setting<T>): ReadonlySignal<T> {
  const value = signal(setting.fallback);
  let changed = false;
  // A change that arrives while the first read is under way is newer than what that read returns.
  void setting.get().then((stored) => changed || (value.value = stored));
  setting.watch((newer) => {
    changed = true;
    value.value = newer;
  });
  return value;
}
