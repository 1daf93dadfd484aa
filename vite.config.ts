import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { ON_DEMAND_GLOBS, onDemandChunkName } from './src/sw/on-demand.ts';

// base './' keeps every asset URL relative, so dist/ works from any sub-path (e.g. /quire/).
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    // A hand-written service worker (src/sw/sw.ts) gets the precache list injected: it must also
    // add the cross-origin isolation headers, which a generated worker cannot. main.ts registers it.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      scope: './',
      // The manifest sits behind the token gate: it must be fetched with the session cookie.
      useCredentials: true,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{html,js,css,wasm,svg,png,woff2,woff,ttf,webmanifest}'],
        // Cached on first use instead (src/sw/on-demand.ts).
        globIgnores: ON_DEMAND_GLOBS,
        // plotly.js is one 4.6 MB chunk; it must be offline too.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      manifest: {
        name: 'Quire',
        short_name: 'Quire',
        description: 'A notebook that runs entirely in your browser.',
        theme_color: '#2f5d8a',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  worker: {
    format: 'es',
    // The kernel's SQL chunks get names the precache skips (src/sw/on-demand.ts).
    rolldownOptions: { output: { chunkFileNames: (chunk) => onDemandChunkName(chunk.moduleIds) ?? 'assets/[name]-[hash].js' } },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // V8's explicit compile hint: compile every function of the plotly.js chunks on the
        // background thread while the file streams in. Without it the first figure spent most of
        // its time compiling plotly's functions lazily on the main thread (the bundle sits inside a
        // CommonJS wrapper, which V8's eager-compile heuristics do not see through). After
        // minification, which would drop the comment.
        postBanner: (chunk) => (/^plotly/.test(chunk.name) ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
});
