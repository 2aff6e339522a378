import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// The app is served by Tauri from ui/dist (see ../tauri.conf.json); no dev server origin is trusted.
export default defineConfig({
  // svelteTesting only acts under Vitest: it resolves Svelte's browser build (mount() is
  // unavailable in the server build) and unmounts rendered components after each test.
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  // The message catalogues live at the repository root (shared with the Rust crates); the
  // UI bundles them with ?raw imports, which Vite only serves from allowed folders.
  server: { fs: { allow: ['.', '../locales'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari16',
    // Keep every asset a file: the CSP allows no inline scripts.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Three chunks by what changes together: the screens, the libraries, and the message
        // catalogues of the three languages (about a third of the bytes). All load at start:
        // the app reads them from disk, and a first screen in any language needs its catalogue.
        manualChunks(id) {
          if (id.includes('/locales/')) return 'catalogues';
          if (id.includes('/node_modules/')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  test: {
    // Pure modules (src/lib/*.test.ts) run in plain Node; anything deeper is a component test
    // and gets a DOM. A new screen's tests therefore need no per-file environment comment.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/lib/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.ts'],
          exclude: ['src/lib/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts'],
          // Vitest blanks CSS by default; tokens.test.ts reads app.css as text.
          css: { include: [/app\.css/] },
        },
      },
    ],
  },
});
