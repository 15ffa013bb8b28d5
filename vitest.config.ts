import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: ['tests/load/**'] } },
      // The load run measures Discord's 3 s deadline: it runs after the rest, alone, so that no other file shares its CPU.
      { extends: true, test: { name: 'load', include: ['tests/load/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
