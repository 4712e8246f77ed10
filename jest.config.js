/**
 * Unit specs beside the code and e2e specs under test/e2e run with `npm test`; the
 * resilience suite (test/resilience: kills, restarts, fuzzing, attacks) runs on its own
 * with `npm run test:resilience`, one file at a time so the faults it injects do not
 * starve each other of the machine's two cores.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
module.exports = {
  // Jest reads testTimeout from the top level only (a project's own is ignored): the
  // resilience script raises it on its command line.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/boundaries/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      displayName: 'resilience',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/resilience/**/*.resilience-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
