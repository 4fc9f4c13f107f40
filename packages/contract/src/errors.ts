/**
 * Every error the gateway itself answers with, in one table. A code is stable: callers match
 * on it, docs list it (docs/errors.md is checked against this table by a test), and a retired
 * code is never reused. Upstream errors never go through here: they pass through untouched.
 */

export interface ErrorDef {
  status: number;
  message: string; // may hold {placeholders} filled from the params
  hint: string; // how to solve it, for the caller
}

export const ERRORS = {
  GW_ERR_BAD_REQUEST: {
    status: 400,
    message: '{detail}',
    hint: 'Fix the request as the message says; the field at fault is in "field".',
  },
  GW_ERR_NO_CONNECTION: {
    status: 400,
    message: 'No active connection for app "{app}".',
    hint: 'Create one with POST /connections {"app": "{app}"} and open the returned url to authorise it, or pass an existing connection id in the Maton-Connection header.',
  },
  GW_ERR_CONNECTION_NOT_FOUND: {
    status: 400,
    message: 'Connection "{id}" does not exist for app "{app}".',
    hint: 'List your connections with GET /connections?app={app} and send one of their connection_id values in Maton-Connection.',
  },
  GW_ERR_CONNECTION_NOT_ACTIVE: {
    status: 400,
    message: 'Connection "{id}" is {status}, not ACTIVE.',
    hint: 'Open the connection\'s url to finish authorising it, or create a new connection and delete this one.',
  },
  GW_ERR_BAD_VARIABLE: {
    status: 400,
    message: 'The connection\'s value for "{name}" does not match the pattern the provider allows.',
    hint: 'Recreate the connection with a valid value; the gateway never sends an unchecked value upstream.',
  },
  GW_ERR_BAD_PATH: {
    status: 400,
    message: '{detail}',
    hint: 'Send the provider\'s native path after /{app}, without "." or ".." segments.',
  },
  GW_ERR_UNAUTHORIZED: {
    status: 401,
    message: 'Missing or invalid API key.',
    hint: 'Send "Authorization: Bearer <key>"; create a key with `switchboard keys create --name NAME` or PUT /api/apikeys/{id}.',
  },
  GW_ERR_CREDENTIAL_EXPIRED: {
    status: 401,
    message: 'The credential of connection "{id}" expired and could not be refreshed.',
    hint: 'Open the connection\'s url to authorise it again, or create a new connection.',
  },
  GW_ERR_FORBIDDEN: {
    status: 403,
    message: '{detail}',
    hint: 'This action is not allowed for your account.',
  },
  GW_ERR_POLICY_DENIED: {
    status: 403,
    message: 'This API key\'s policy refuses {method} /{app}{path}: {detail}.',
    hint: 'Stay within the key\'s policy (the refusing rule is in "field"), or have the key\'s owner change it with PUT /api/apikeys/{id} and a new "policy".',
  },
  GW_ERR_KEY_LIMIT: {
    status: 403,
    message: 'This account already has {limit} API keys, the most it may hold.',
    hint: 'Delete a key you no longer use (DELETE /api/apikeys/{id}) and try again.',
  },
  GW_ERR_CONNECTION_LIMIT: {
    status: 403,
    message: 'This account already has {limit} connections, the most it may hold.',
    hint: 'Delete connections you no longer use (DELETE /connections/{id}) and try again; the operator sets the cap with SWITCHBOARD_MAX_CONNECTIONS.',
  },
  GW_ERR_NOT_FOUND: {
    status: 404,
    message: '{what} not found.',
    hint: 'Check the id; objects of other accounts are not visible.',
  },
  GW_ERR_UNKNOWN_APP: {
    status: 404,
    message: 'Unknown app "{app}".{suggestion}',
    hint: 'The first path segment names the app, e.g. /google-mail/gmail/v1/users/me/messages; see GET /connections or the docs index for app names.',
  },
  GW_ERR_METHOD_NOT_ALLOWED: {
    status: 405,
    message: '{method} is not allowed on {path}.',
    hint: 'See the control API reference for the methods each path takes.',
  },
  GW_ERR_BAD_TARGET: {
    status: 400,
    message: 'The request target must be a path such as /{app}/{native path}; absolute URLs, "*" and other forms are not served.',
    hint: 'Send the path only ("GET /slack/api/auth.test"), with the gateway as the host; do not use the gateway as a forward proxy.',
  },
  GW_ERR_REQUEST_TIMEOUT: {
    status: 408,
    message: 'The request was not received in time: {detail}',
    hint: 'Send the request body without pauses longer than the gateway allows; retry the request.',
  },
  GW_ERR_PAYLOAD_TOO_LARGE: {
    status: 413,
    message: 'The request body is larger than {limit} bytes.',
    hint: 'Control API bodies are small JSON documents; upload large files through the gateway path instead.',
  },
  GW_ERR_URI_TOO_LONG: {
    status: 414,
    message: 'The request target is longer than {limit} bytes.',
    hint: 'Shorten the path and query; send large parameters in the request body.',
  },
  GW_ERR_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'Expected a JSON body (Content-Type: application/json).',
    hint: 'Send the body as JSON with Content-Type: application/json.',
  },
  GW_ERR_RATE_LIMITED: {
    status: 429,
    message: 'Too many requests: the account may send {limit} requests per second.',
    hint: 'Wait for the number of seconds in Retry-After, then retry; spread bursts out.',
  },
  GW_ERR_TOO_MANY_INFLIGHT: {
    status: 429,
    message: 'Too many requests in flight: the account may have {limit} gateway requests open at once.',
    hint: 'Wait for the number of seconds in Retry-After, or for your open requests (stalled uploads, long downloads) to finish, then retry.',
  },
  GW_ERR_HEADERS_TOO_LARGE: {
    status: 431,
    message: 'The request headers are larger than the gateway accepts ({limit} bytes).',
    hint: 'Send fewer or smaller headers (cookies, long custom headers).',
  },
  GW_ERR_INTERNAL: {
    status: 500,
    message: 'Internal gateway error.',
    hint: 'Retry later; if it persists, report the request id to the operator.',
  },
  GW_ERR_NOT_IMPLEMENTED: {
    status: 501,
    message: '{detail}',
    hint: 'This connection method is not available on this gateway; choose another method.',
  },
  GW_ERR_UPSTREAM_UNREACHABLE: {
    status: 502,
    message: 'Could not reach the upstream of "{app}".',
    hint: 'The provider is down or unreachable from the gateway; retry with backoff.',
  },
  GW_ERR_UPSTREAM_PROTOCOL: {
    status: 502,
    message: 'The upstream of "{app}" answered with something the gateway could not read: {detail}',
    hint: 'Retry; if it persists the provider changed its protocol and the registry needs an update.',
  },
  GW_ERR_OAUTH_NOT_CONFIGURED: {
    status: 503,
    message: 'OAuth for "{app}" is not configured on this gateway.',
    hint: 'The operator sets {env}_CLIENT_ID and {env}_CLIENT_SECRET; meanwhile use another connection method or import a token with POST /connections.',
  },
  GW_ERR_REFRESH_UNAVAILABLE: {
    status: 503,
    message: 'The provider\'s token endpoint could not refresh the credential of connection "{id}" just now; the connection stays ACTIVE.',
    hint: 'Retry after {seconds} seconds (Retry-After); the gateway does not ask the provider again before then.',
  },
  GW_ERR_UPSTREAM_TIMEOUT: {
    status: 504,
    message: 'The upstream of "{app}" did not answer in time.',
    hint: 'Retry later; long-running calls may need the provider\'s asynchronous API.',
  },
} as const satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof ERRORS;
