import { basename, extname } from 'node:path';
import { isReservedSegment } from '@switchboard/contract';
import type { Rule } from './rule.js';

/** The app is a first path segment the gateway does not reserve, and names its file. */
export const appName: Rule = {
  name: 'app-name',
  check({ source, provider: p, report }) {
    if (isReservedSegment(p.app)) {
      report(['app'], `app name "${p.app}" is reserved by the gateway's control API; pick another first path segment`);
    }
    const stem = basename(source.file, extname(source.file));
    if (stem !== p.app) report(['app'], `app "${p.app}" must live in providers/${p.app}.yaml, not ${basename(source.file)}`);
  },
};
