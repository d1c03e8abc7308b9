import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'indexer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'site/**/*.test.ts',
      'contracts-abi/**/*.test.ts',
    ],
    reporters: process.env.CI ? ['default', 'junit'] : ['default'],
    outputFile: { junit: 'test-results/unit-junit.xml' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['indexer/**/*.ts', 'scripts/**/*.ts', 'site/lib/**/*.ts'],
      exclude: ['**/*.test.ts', '**/test/**', 'indexer/cli.ts', 'indexer/validate.ts', 'scripts/*.ts'],
      reporter: ['text-summary', 'lcov'],
      thresholds: { lines: 80, functions: 80, branches: 70, statements: 80 },
    },
  },
})
