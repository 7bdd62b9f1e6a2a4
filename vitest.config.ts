import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scripts/test/**/*.test.ts'],
    // Every temporary folder of a run lives in one folder removed at the end (see the file).
    globalSetup: ['scripts/test/temporary-folder.ts'],
    // Browser tests launch a real Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
})
