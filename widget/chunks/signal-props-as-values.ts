import { options } from 'preact';

/**
 * Makes this script's Preact read a signal given to an element (`<input value={postcode} />`) as its plain
 * value when the element is made, inside the component's render, so the component still redraws when the
 * signal changes.
 *
 * Why: @preact/signals 2.11 binds such a signal straight to the element, and keeps those bindings in plain
 * objects that it walks with `for…in`, inherited keys included. On a host page that added an enumerable
 * property to `Object.prototype`, it takes that property for a binding, calls it, and the widget never
 * draws. With no signal left on an element, those bindings are never made. Every widget script that draws
 * with Preact calls this once, before it draws: each carries its own copy of Preact.
 */
export function readSignalPropsAsValues(): void {
  const next = options.vnode;
  options.vnode = (vnode) => {
    if (typeof vnode.type === 'string') {
      const props = vnode.props as Record<string, unknown>;
      for (const name of Object.keys(props)) {
        const value = props[name];
        if (isSignal(value)) props[name] = value.value;
      }
    }
    next?.(vnode);
  };
}

/**
 * A signal from any copy of @preact/signals-core, by the brand every copy puts on its signals (the first
 * script's store and this script's Preact are different copies, so `instanceof` would miss it), without
 * bundling the signals code itself.
 */
function isSignal(value: unknown): value is { value: unknown } {
  return (
    typeof value === 'object' && value !== null && (value as { brand?: unknown }).brand === Symbol.for('preact-signals')
  );
}
