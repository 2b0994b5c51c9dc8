import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

interface CopySnippetProps {
  snippet: string;
  /** What the code is, in a line. */
  hint?: string;
  /** Clipboard access, passed in so tests can stand in for the browser's. */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

const COPIED = 'Copied. Now paste it into your web page, where the finder should go.';
const NOT_COPIED =
  'Your browser did not let us copy. The code is selected: press Ctrl and C (or Cmd and C on a Mac) to copy it.';

/** The code to paste, in a box that can be selected by hand, and a Copy button that says what happened. */
export function CopySnippet({
  snippet,
  hint = 'Two lines: the script, and the box where the finder appears.',
  clipboard = navigator.clipboard,
}: CopySnippetProps) {
  const said = useSignal<string | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);
  // A new snippet has not been copied yet: an old "Copied" would mislead.
  useEffect(() => {
    said.value = undefined;
  }, [snippet]);

  const copy = async () => {
    try {
      await clipboard.writeText(snippet);
      said.value = COPIED;
    } catch {
      box.current?.select();
      said.value = NOT_COPIED;
    }
  };

  return (
    <div class="sp-field">
      <label class="sp-label" for="cf-snippet">
        Your code
      </label>
      <p class="sp-hint" id="cf-snippet-hint">
        {hint}
      </p>
      <textarea
        class="sp-input cf-snippet"
        id="cf-snippet"
        aria-describedby="cf-snippet-hint"
        readOnly
        rows={5}
        spellcheck={false}
        value={snippet}
        ref={box}
      />
      <button type="button" class="sp-button cf-copy" onClick={copy}>
        Copy the code
      </button>
      <p class="cf-copied" role="status">
        {said.value}
      </p>
    </div>
  );
}
