import type { ComponentChildren } from 'preact';

interface ToggleButtonProps {
  pressed: boolean;
  onPress: () => void;
  children: ComponentChildren;
}

/** A button that stays pressed in: screen readers hear aria-pressed, everyone else sees the tick. */
export function ToggleButton({ pressed, onPress, children }: ToggleButtonProps) {
  return (
    <button type="button" class="sp-toggle" aria-pressed={pressed} onClick={onPress}>
      {/* The tick says "on" without relying on colour alone (WCAG 1.4.1); hidden so it is not read as part of the name. */}
      {pressed && <span aria-hidden="true">✓ </span>}
      {children}
    </button>
  );
}
