import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scripts/test/**/*.test.ts'],
    // Browser tests launch a real Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
})
