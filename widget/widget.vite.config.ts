import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The script-tag widget: one IIFE file, CSS inlined into its shadow root. Named so that vitest
// never picks it up as its own config; WXT builds with configFile: false, so neither sees the other.
export default defineConfig({
  plugins: [preact()],
  publicDir: false,
  build: {
    outDir: 'dist/site',
    emptyOutDir: true,
    target: 'es2020',
    lib: {
      entry: 'widget/main.tsx',
      formats: ['iife'],
      name: 'Signpost',
      fileName: () => 'signpost.js',
    },
  },
});
