/** Reads text out loud. The player only needs to start and stop. */
export interface Speaker {
  /** Stops anything already being read, then reads `text`; calls `onEnd` when it ends or is stopped. */
  speak(text: string, onEnd: () => void): void;
  stop(): void;
}

/**
 * The browser's own voice (Web Speech API), or undefined where the browser has none, such as many
 * Linux builds and in-app web views: the player then hides its "Read aloud" button.
 */
export function browserSpeaker(
  scope: Partial<Pick<typeof globalThis, 'speechSynthesis' | 'SpeechSynthesisUtterance'>> = globalThis,
): Speaker | undefined {
  const synthesis = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (synthesis === undefined || Utterance === undefined) return undefined;
  return {
    speak(text, onEnd) {
      synthesis.cancel();
      const utterance = new Utterance(text);
      utterance.lang = 'en-GB';
      utterance.onend = onEnd;
      // Chrome ends a cancelled utterance with an error event, not an end event.
      utterance.onerror = onEnd;
      synthesis.speak(utterance);
    },
    stop: () => synthesis.cancel(),
  };
}
