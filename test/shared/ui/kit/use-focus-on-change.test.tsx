import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnChange } from '../../../../shared/ui/kit/use-focus-on-change.ts';

/*
 * Rendered with Preact's own render() and read at once, with no waiting for effects: a keyboard user's
 * next key comes that soon, and must go to the new screen, not to what had the focus on the old one.
 */

function Screen({ title, enabled = true }: { title: string; enabled?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, title, enabled);
  return (
    <div>
      <button type="button">Back</button>
      {/* A new heading element for each screen, as the app's screens have. */}
      <h2 key={title} tabIndex={-1} ref={heading}>
        {title}
      </h2>
    </div>
  );
}

const root = document.createElement('div');
document.body.append(root);

afterEach(() => render(null, root));

function focusedText(): string {
  return document.activeElement?.textContent ?? '';
}

describe('useFocusOnChange', () => {
  it('gives the new heading the focus as the screen is drawn', () => {
    render(<Screen title="Who is learning?" />, root);
    expect(focusedText()).toBe('Who is learning?');
  });

  it('moves the focus to the heading as soon as the screen changes, wherever the focus was', () => {
    render(<Screen title="Who is learning?" />, root);
    root.querySelector('button')!.focus();
    render(<Screen title="Before they go" />, root);
    expect(focusedText()).toBe('Before they go');
  });

  it('leaves the focus alone when the screen is drawn again with the same heading', () => {
    render(<Screen title="Before they go" />, root);
    root.querySelector('button')!.focus();
    render(<Screen title="Before they go" />, root);
    expect(focusedText()).toBe('Back');
  });

  it('does not take the focus on first show when told not to, as on a page that just loaded', () => {
    render(<Screen title="Find local help" enabled={false} />, root);
    expect(document.activeElement).toBe(document.body);
  });
});
