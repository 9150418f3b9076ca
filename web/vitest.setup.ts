import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { LANGUAGES } from '@portal/shared/domain/languages';
import { loadCatalog } from './src/lib/i18n/catalogs';
import { server } from './src/testing/mocks/server';

// The first render of a test file also transforms the lazily imported route modules; on a cold
// cache or a busy CI runner that can take longer than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 3000 });

beforeAll(async () => {
  // Loaded before any render, as a returning visitor's cached chunks would be: tests render at once.
  await Promise.all(LANGUAGES.map((language) => loadCatalog(language)));
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom has no layout; react-router's <ScrollRestoration> calls this on every navigation.
  window.scrollTo = () => {};
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
  // The app writes to <html> (lang, theme custom properties, title): start each test clean.
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('style');
  document.title = '';
});

afterAll(() => server.close());
