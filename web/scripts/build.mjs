// The console's part of the root `npm run build` (and so of `npm start` and `npm test`):
// installs web/'s own dependencies when its lock file changed, and rebuilds web/dist only
// when a source is newer than the last build, so a repeated `npm start` stays quick.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const web = new URL('..', import.meta.url).pathname;
const run = (command) => execSync(command, { cwd: web, stdio: 'inherit' });

const lock = join(web, 'package-lock.json');
const installed = join(web, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  run('npm ci --no-audit --no-fund');
}

const inputs = [
  'src',
  'index.html',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'postcss.config.cjs',
];
const newest = (path) => {
  const stat = statSync(join(web, path));
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(join(web, path)).map((name) => newest(join(path, name))));
};
const stamp = join(web, '.build-stamp');
const last = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) || 0 : 0;
if (Math.max(...inputs.map(newest)) > last || !existsSync(join(web, 'dist', 'index.html'))) {
  run('npm run build');
  writeFileSync(stamp, String(Date.now()));
} else {
  console.log('console: web/dist is up to date');
  run('node scripts/report-size.mjs');
}
