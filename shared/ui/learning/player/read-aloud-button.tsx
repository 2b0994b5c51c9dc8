import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Speaker } from './speaker.ts';

interface ReadAloudButtonProps {
  /** Absent when the browser cannot speak: then there is no button at all. */
  speaker?: Speaker;
  text: string;
}

/** "Read aloud" and "Stop reading". Reading stops when the text changes or the button goes away. */
export function ReadAloudButton({ speaker, text }: ReadAloudButtonProps) {
  const reading = useSignal(false);
  useEffect(
    () => () => {
      speaker?.stop();
      reading.value = false;
    },
    [speaker, text, reading],
  );
  if (speaker === undefined) return null;
  const toggle = () => {
    if (reading.value) {
      speaker.stop();
      reading.value = false;
      return;
    }
    reading.value = true;
    speaker.speak(text, () => (reading.value = false));
  };
  return (
    <button type="button" class="sp-secondary-button sp-no-print" onClick={toggle}>
      {reading.value ? 'Stop reading' : 'Read aloud'}
    </button>
  );
}
