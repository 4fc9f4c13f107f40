export { Switchboard, type CallOptions, type ClientOptions, type Result, type RetryOptions, type Route, type CallArgs } from './client.js';
export { SwitchboardGatewayError, SwitchboardUpstreamError, type GatewayErrorCode } from './errors.js';
export type { Args, Data } from './types.js';
