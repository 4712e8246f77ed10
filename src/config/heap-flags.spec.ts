import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEAP_FLAGS } from './heap-flags';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the heap bounds every way the server is started', () => {
  it('are on npm start and npm run start:worker', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts.start).toBe(`exec node ${HEAP_FLAGS.join(' ')} dist/main.js`);
    expect(scripts['start:worker']).toBe(`exec node ${HEAP_FLAGS.join(' ')} dist/worker.js`);
  });

  it("are on the image's command", () => {
    const cmd = read('Dockerfile')
      .split('\n')
      .find((line) => line.startsWith('CMD '));
    expect(cmd).toBe(`CMD ${JSON.stringify(['node', ...HEAP_FLAGS, 'dist/main.js'])}`);
  });
});
