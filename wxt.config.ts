import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module, so the preset is added as a plain Vite plugin.
export default defineConfig({
  manifest: {
    name: 'Signpost for digital champions',
    description: 'Guide a person step by step on real websites, and find local help near their postcode.',
    // sidePanel is added by WXT for Chrome when a sidepanel entry exists; listing it here would
    // leak an unknown permission into the Firefox manifest (../shared/notes/toolchain.md).
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
