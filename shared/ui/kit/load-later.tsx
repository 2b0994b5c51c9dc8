import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/*
 * A part of a page that loads its code when first drawn, so the first screen draws from a small script
 * (the side panel's first screen has a byte budget) and the rest follows while the person reads it.
 */

/** A component loaded later; `preload` starts loading it now, and resolves once it draws at once. */
export type Later<Component> = Component & { preload(): Promise<void> };

/**
 * The component `name` from the module `load` gives, drawn as nothing until that module has loaded (once,
 * for every copy), then as itself with the same props.
 */
export function later<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Later<Module[Name]> {
  let loaded: ComponentType<object> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () => (loading ??= load().then((module) => void (loaded = module[name] as ComponentType<object>)));
  function Later(props: object) {
    const [, drawAgain] = useState(0);
    useEffect(() => {
      if (loaded === undefined) void preload().then(() => drawAgain(1));
    }, []);
    const Loaded = loaded;
    return Loaded === undefined ? null : <Loaded {...props} />;
  }
  return Object.assign(Later, { preload }) as unknown as Later<Module[Name]>;
}
