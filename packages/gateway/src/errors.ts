/** The gateway's own errors, built from the catalogue in the contract (one table, stable codes). */
import { ERRORS, type ErrorCode, type ErrorDef } from '@switchboard/contract';

export { ERRORS, type ErrorCode, type ErrorDef };

export interface ErrorEnvelope {
  error: { code: ErrorCode; status: number; message: string; hint: string; field?: string; request_id?: string };
}

export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly hint: string;
  readonly field?: string;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, extra: { field?: string; headers?: Record<string, string> } = {}) {
    const def: ErrorDef = ERRORS[code];
    super(fill(def.message, params));
    this.code = code;
    this.status = def.status;
    this.hint = fill(def.hint, params);
    this.field = extra.field;
    this.headers = extra.headers ?? {};
  }

  /** The one JSON envelope every gateway error uses; `request_id` names the request (its x-request-id). */
  envelope(requestId?: string): ErrorEnvelope {
    return {
      error: {
        code: this.code,
        status: this.status,
        message: this.message,
        hint: this.hint,
        ...(this.field ? { field: this.field } : {}),
        ...(requestId ? { request_id: requestId } : {}),
      },
    };
  }

  toJSON(): ErrorEnvelope {
    return this.envelope();
  }
}

export function badRequest(detail: string, field?: string): GatewayError {
  return new GatewayError('GW_ERR_BAD_REQUEST', { detail }, { field });
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
