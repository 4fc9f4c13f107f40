import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (what their "source" export condition
  // names), so tests run the code as written; spawned CLIs run the compiled dist/ (see
  // global-setup). By alias, not by the condition itself: third-party packages that also publish
  // a "source" condition (eventsource-parser, under the MCP SDK) must keep their built files.
  resolve: {
    alias: [{ find: /^@switchboard\/(cli|contract|gateway|generator|sdk)$/, replacement: fileURLToPath(new URL('./packages/$1/src/index.ts', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Streaming tests force collections to measure what stays alive, not what was allocated.
    execArgv: ['--expose-gc'],
  },
});
