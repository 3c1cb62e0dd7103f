import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** CLI tests run the built CLI as a user does; build it once so they never test stale output. */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
