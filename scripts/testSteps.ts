/** What `npm test` runs, in order (scripts/test.ts); the pull-request workflow must run each. */
export const testSteps = [
  'typecheck',
  'lint',
  'check:content',
  'check:exercises',
  'test:unit',
  'test:exercises',
  'build:all',
  'test:e2e',
] as const;
