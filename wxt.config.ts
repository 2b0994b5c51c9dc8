import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { pathSitePermissions } from './extension/site-permission.ts';
import { allPaths } from './shared/paths/all-paths.ts';

// Worked out from the built-in paths at build time, so a new path's site can be asked for without a code change;
// and any https site, for an organisation's own paths (made on the options page, or taught by pointing), which
// no build can know. Optional: each site is asked for, one at a time, when the helper first uses it there.
const pathSites = [...pathSitePermissions(allPaths()), 'https://*/*'];

// WXT has no Preact module, so the preset is added as a plain Vite plugin.
export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Signpost for digital champions',
    description: 'Guide a person step by step on real websites, and find local help near their postcode.',
    // storage: settings (extension/settings.ts). scripting: Show me puts the page guide into the tab.
    // activeTab: after a click on the toolbar button, Show me may point at that tab when the helper
    // chooses to go on there. Learners are kept in IndexedDB, which needs no permission. sidePanel is
    // added by WXT for Chrome; listing it here would leak an unknown permission into the Firefox
    // manifest (../shared/notes/toolchain.md).
    permissions: ['storage', 'activeTab', 'scripting'],
    // No site at install: Show me asks for a path's site the first time the helper uses it there
    // (extension/page-guide.ts). MV2 keeps optional hosts among optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: pathSites } : { optional_permissions: pathSites }),
    // Chrome: a toolbar button with a popup that opens the side panel. Firefox gives the sidebar its own.
    ...(browser !== 'firefox' && { action: { default_title: 'Open Signpost' } }),
    // Firefox asks new extensions to declare what they collect: nothing leaves the device.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'signpost-for-champions@signpost', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
    // Chrome and Firefox (115+) preload modules themselves: Vite's polyfill only adds bytes to every page.
    build: { modulePreload: { polyfill: false } },
    resolve: {
      // dom-accessibility-api's polyfills for Set and Array.from, which every browser we run in has (extension/native/).
      alias: [
        { find: /^\.\/polyfills\/SetLike\.mjs$/, replacement: resolve('extension/native/set.ts') },
        { find: /^\.\/polyfills\/array\.from\.mjs$/, replacement: resolve('extension/native/array-from.ts') },
      ],
    },
  }),
});
