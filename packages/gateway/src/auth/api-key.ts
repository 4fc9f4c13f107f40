/** API_KEY: a key (or several values) the user types; injected as the provider's inject specs say. */
import { fieldCredentials } from './credentials.js';
import type { AuthMethod } from './types.js';

export const apiKey: AuthMethod = {
  servesMcp: false,
  credentials: fieldCredentials,
  entersFields: () => true,
};
