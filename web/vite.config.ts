import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { initialJsBudget } from './build/initial-js-budget.ts';

/** The BFF the dev server forwards to (`npx -y pnpm@10 --filter @portal/server dev`). */
const SERVER = 'http://localhost:3000';

/** What the server's CSP (`script-src 'self'; style-src 'self'`) would block in index.html. */
const CSP_VIOLATIONS: [RegExp, string][] = [
  [/<script\b(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>'],
  [/<style\b/i, 'an inline <style>'],
  [/\sstyle\s*=/i, 'a style attribute'],
  [/\son[a-z]+\s*=/i, 'an inline event handler'],
];

/** Fails the build if the emitted index.html would need 'unsafe-inline'. */
function cspGuard(): Plugin {
  return {
    name: 'custodia:csp-guard',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        for (const [pattern, what] of CSP_VIOLATIONS) {
          const match = pattern.exec(html);
          if (match)
            this.error(
              `${file.fileName} contains ${what} (${match[0]}), which the server's CSP blocks.`,
            );
        }
      }
    },
  };
}

export default defineConfig({
  // 170 KB gzip for what a first visit downloads (issue 10); lazy routes come on top.
  plugins: [react(), cspGuard(), initialJsBudget(170 * 1024)],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: SERVER },
      '/dev': { target: SERVER },
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every script and style must be a file (see cspGuard); never inline assets as data either.
    assetsInlineLimit: 0,
  },
});
