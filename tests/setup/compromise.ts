// The tests import src/, which imports src/generated/compromise.js: build it first, as
// `npm run build` does, so `npx vitest` works on a fresh clone too.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync('node', [fileURLToPath(new URL('../../scripts/build-compromise.mjs', import.meta.url))], { stdio: 'inherit' });
}
