import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Where the registry this CLI ships with lives: providers/ and generated/ at the top of the
 * Switchboard tree (packages/cli/{src,dist}/paths.* → three levels up). Paths the caller gives
 * (data directory, routes file) resolve against the caller's working directory instead.
 */
export function projectPaths(root = fileURLToPath(new URL('../../..', import.meta.url))) {
  return {
    root: root.replace(/\/$/, ''),
    providers: join(root, 'providers'),
    generated: join(root, 'generated'),
  };
}
