/**
 * Errors the SDK throws. Upstream answers, good or bad, come back as data; only the gateway's
 * own refusals (it sets `x-switchboard-error` on them), network failures and programmer
 * mistakes throw.
 */

/** Stable codes of the gateway's own errors (runtime/errors.ts); match on `code`. */
export type GatewayErrorCode =
  | 'GW_ERR_BAD_REQUEST'
  | 'GW_ERR_NO_CONNECTION'
  | 'GW_ERR_CONNECTION_NOT_FOUND'
  | 'GW_ERR_CONNECTION_NOT_ACTIVE'
  | 'GW_ERR_BAD_VARIABLE'
  | 'GW_ERR_BAD_PATH'
  | 'GW_ERR_UNAUTHORIZED'
  | 'GW_ERR_CREDENTIAL_EXPIRED'
  | 'GW_ERR_FORBIDDEN'
  | 'GW_ERR_POLICY_DENIED'
  | 'GW_ERR_KEY_LIMIT'
  | 'GW_ERR_CONNECTION_LIMIT'
  | 'GW_ERR_NOT_FOUND'
  | 'GW_ERR_UNKNOWN_APP'
  | 'GW_ERR_METHOD_NOT_ALLOWED'
  | 'GW_ERR_PAYLOAD_TOO_LARGE'
  | 'GW_ERR_UNSUPPORTED_MEDIA_TYPE'
  | 'GW_ERR_RATE_LIMITED'
  | 'GW_ERR_INTERNAL'
  | 'GW_ERR_NOT_IMPLEMENTED'
  | 'GW_ERR_UPSTREAM_UNREACHABLE'
  | 'GW_ERR_UPSTREAM_PROTOCOL'
  | 'GW_ERR_OAUTH_NOT_CONFIGURED'
  | 'GW_ERR_REFRESH_UNAVAILABLE'
  | 'GW_ERR_BAD_TARGET'
  | 'GW_ERR_REQUEST_TIMEOUT'
  | 'GW_ERR_URI_TOO_LONG'
  | 'GW_ERR_TOO_MANY_INFLIGHT'
  | 'GW_ERR_HEADERS_TOO_LARGE'
  | 'GW_ERR_UPSTREAM_TIMEOUT';

export class SwitchboardGatewayError extends Error {
  override readonly name = 'SwitchboardGatewayError';
  constructor(
    readonly code: GatewayErrorCode,
    readonly status: number,
    message: string,
    readonly hint: string,
    readonly field: string | undefined,
    readonly response: Response,
  ) {
    super(message);
  }
}

/** A page of an iterated list answered with an error status (pages() cannot return it as data). */
export class SwitchboardUpstreamError extends Error {
  override readonly name = 'SwitchboardUpstreamError';
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly response: Response,
  ) {
    super(`upstream answered ${status}`);
  }
}
