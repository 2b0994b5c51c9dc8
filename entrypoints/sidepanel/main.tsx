import { render } from 'preact';
import { loadBuiltInPacks } from '../../shared/directory/built-in-packs.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { bundledOutcodes } from '../../shared/postcode/bundled-outcodes.ts';
import { FindHelp } from '../../shared/ui/find-help.tsx';
import { createFinderStore } from '../../shared/ui/finder-store.ts';
import '../../shared/ui/signpost.css';

const finder = createSupportFinder({
  outcodes: bundledOutcodes,
  loadResources: async () => (await loadBuiltInPacks()).resources,
});

render(
  <main class="sp-root">
    <FindHelp store={createFinderStore(finder)} title="Find local help" />
  </main>,
  document.getElementById('app')!,
);
