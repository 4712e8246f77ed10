import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEV_DEFAULTS } from './dev-defaults';
import { readConfig } from './read-config';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** Every variable: those with a development default and those without one. */
const VARIABLES = [
  ...Object.keys(DEV_DEFAULTS),
  'SANDBOX',
  'NODE_ENV',
  'DATABASE_URL',
  'REDIS_URL',
];

/** docker-compose.yml, .env.example and the README must stay in step with the config. */
describe('configuration files', () => {
  it('docker-compose.yml gives the app a configuration that boots in production', () => {
    const compose = parse(read('docker-compose.yml')) as {
      services: { app: { environment: Record<string, string> } };
    };
    const env = compose.services.app.environment;
    expect(env.NODE_ENV).toBe('production');
    const config = readConfig(env);
    expect(config).toMatchObject({ production: true, sandbox: true, port: 3000, appRole: 'all' });
    expect(config.databaseUrl).toContain('@postgres:5432/');
    expect(config.redisUrl).toBe('redis://redis:6379');
  });

  it('docker-compose.yml has a demo profile that plays the demo against the app as its admin', () => {
    const compose = parse(read('docker-compose.yml')) as {
      services: Record<
        string,
        { profiles?: string[]; environment: Record<string, string>; command?: string[] }
      >;
    };
    const { demo, app } = compose.services;
    expect(demo.profiles).toEqual(['demo']);
    expect(demo.command).toEqual(['node', 'dist/cli/demo.js']);
    expect(demo.environment.API_URL).toBe('http://app:3000');
    expect(demo.environment.ADMIN_EMAIL).toBe(app.environment.ADMIN_EMAIL);
    expect(demo.environment.ADMIN_PASSWORD).toBe(app.environment.ADMIN_PASSWORD);
  });

  it('.env.example documents every variable and is a valid configuration', () => {
    const example = read('.env.example');
    const env = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    for (const name of VARIABLES) {
      expect({ name, documented: name in env }).toEqual({ name, documented: true });
    }
    expect(() => readConfig(env)).not.toThrow();
  });

  it('the README lists every variable', () => {
    const readme = read('README.md');
    for (const name of VARIABLES) {
      expect({ name, inReadme: readme.includes(`\`${name}\``) }).toEqual({ name, inReadme: true });
    }
  });
});
