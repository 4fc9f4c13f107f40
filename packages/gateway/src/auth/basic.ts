/** BASIC: a username and password the user types, sent as HTTP basic auth (inject style "basic"). */
import { fieldCredentials } from './credentials.js';
import type { AuthMethod } from './types.js';

export const basic: AuthMethod = {
  servesMcp: false,
  credentials: fieldCredentials,
  entersFields: () => true,
};
