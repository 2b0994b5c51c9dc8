import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module, so the preset is added as a plain Vite plugin.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Signpost for digital champions',
    description: 'Guide a person step by step on real websites, and find local help near their postcode.',
    // No permissions of our own: learners are kept in IndexedDB, which needs none. sidePanel is added
    // by WXT for Chrome when a sidepanel entry exists; listing it here would leak an unknown permission
    // into the Firefox manifest (../shared/notes/toolchain.md).
    // Chrome: a toolbar button that opens the side panel (background.ts). Firefox gives the sidebar its own.
    ...(browser !== 'firefox' && { action: { default_title: 'Open Signpost' } }),
    // Firefox asks new extensions to declare what they collect: nothing leaves the device.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'signpost-for-champions@signpost', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
