/** What may stand as a child: nodes and text, or nothing (false, null, undefined) for a part left out. */
export type Child = Node | string | false | null | undefined;

/**
 * A DOM element with attributes and children, for the few parts drawn without Preact (the widget's first
 * script, where Preact would cost half its size budget). Attributes are set as attributes (`true` for an
 * empty one; false or undefined leaves it off), and strings become text nodes: text is never markup.
 */
export function domElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : value);
  return setChildren(element, ...children);
}

/** Replaces what `parent` holds with `children`, leaving out the parts that are nothing. */
export function setChildren<E extends Element>(parent: E, ...children: Child[]): E {
  parent.replaceChildren(...children.filter((child): child is Node | string => !!child));
  return parent;
}
