import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const reactRouterBuild = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/development/${file}`, import.meta.url));

export default mergeConfig(
  viteConfig,
  defineConfig({
    resolve: {
      // react-router ships ESM and CJS builds with separate router contexts. Under Vitest,
      // `react-router` and `react-router/dom` would otherwise load different builds (the data
      // router's context then looks missing); the browser build always uses the ESM one.
      alias: [
        { find: /^react-router$/, replacement: reactRouterBuild('index.mjs') },
        { find: /^react-router\/dom$/, replacement: reactRouterBuild('dom-export.mjs') },
      ],
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // Vitest's default (cores − 1) is one worker on a two-core CI machine; two cut the run by a
      // third. The longer test timeout absorbs the slower renders of two files sharing the cores.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      testTimeout: 15_000,
    },
  }),
);
