import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the project's folders are, resolved from this file so the CLI works from any cwd. */
export function projectPaths(root = fileURLToPath(new URL('..', import.meta.url))) {
  return {
    root: root.replace(/\/$/, ''),
    providers: join(root, 'providers'),
    generated: join(root, 'generated'),
  };
}
