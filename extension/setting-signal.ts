import { signal, type ReadonlySignal } from '@preact/signals';
import type { Setting } from './settings.ts';

/**
 * A setting as a signal that follows the options page while the panel is open: its fallback until the
 * stored value has been read.
 */
export function settingSignal<T>(setting: Setting<T>): ReadonlySignal<T> {
  const value = signal(setting.fallback);
  void setting.get().then((stored) => (value.value = stored));
  setting.watch((changed) => (value.value = changed));
  return value;
}
