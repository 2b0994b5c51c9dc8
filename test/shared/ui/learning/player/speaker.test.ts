import { describe, expect, it } from 'vitest';
import { browserSpeaker } from '../../../../../shared/ui/learning/player/speaker.ts';

/** Just enough of the Web Speech API to see what the speaker asks of it. */
function fakeSpeechApi() {
  const spoken: { text: string; lang: string }[] = [];
  let cancels = 0;
  class Utterance {
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const speechSynthesis = {
    speak: (utterance: Utterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
    cancel: () => (cancels += 1),
  };
  return {
    scope: { speechSynthesis, SpeechSynthesisUtterance: Utterance } as unknown as Parameters<typeof browserSpeaker>[0],
    spoken,
    cancels: () => cancels,
  };
}

describe('reading aloud with the browser', () => {
  it('has no speaker where the browser cannot speak, as in this test browser', () => {
    expect(browserSpeaker()).toBeUndefined();
    expect(browserSpeaker({})).toBeUndefined();
  });

  it('stops anything being read, then reads the text in British English', () => {
    const api = fakeSpeechApi();
    browserSpeaker(api.scope)!.speak('Tap the green button.', () => undefined);
    expect(api.cancels()).toBe(1);
    expect(api.spoken).toEqual([{ text: 'Tap the green button.', lang: 'en-GB' }]);
  });

  it('stops reading when asked', () => {
    const api = fakeSpeechApi();
    browserSpeaker(api.scope)!.stop();
    expect(api.cancels()).toBe(1);
  });
});
