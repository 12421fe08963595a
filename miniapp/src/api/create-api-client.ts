import type { Session } from '@ccs/shared/auth/auth-schemas'
import type { SessionStore } from '../session/create-session-store'
import { ApiError, apiErrorFromResponse, networkError } from './api-error'
import { retryDelaysMs, wait, withRetry } from './with-retry'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface TransportRequest {
  method: HttpMethod
  url: string
  data?: unknown
  headers: Record<string, string>
}

/** Sends one HTTP request; resolves with any status, rejects only when no answer came back. */
export type Transport = (request: TransportRequest) => Promise<{ status: number; data: unknown }>

export interface RequestOptions {
  body?: unknown
  /** Send the access token and refresh it once if it has expired (default true). */
  auth?: boolean
  /** Extra headers, e.g. the Idempotency-Key of a submission. */
  headers?: Record<string, string>
  /** A POST the server answers the same when repeated (e.g. a signature kept under its content and party). */
  repeatable?: boolean
}

export interface ApiClientDeps {
  baseUrl: string
  transport: Transport
  sessions: SessionStore
  /** Called after a failed refresh has cleared the session, to send the person to sign in. */
  onSignedOut: () => void
  /** Waits between tries of a request that is safe to repeat; tests pass short ones. */
  retryDelays?: readonly number[]
  sleep?: (ms: number) => Promise<void>
}

export type ApiRequest = <T>(method: HttpMethod, path: string, options?: RequestOptions) => Promise<T>

/**
 * Whether a dropped answer may be sent again: reads, and writes the server recognises when repeated
 * (PUT and DELETE by their path, a POST by its Idempotency-Key or by its nature).
 */
function isRepeatable(method: HttpMethod, headers: Record<string, string>, repeatable: boolean): boolean {
  if (method === 'GET' || method === 'PUT' || method === 'DELETE') return true
  return repeatable || Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key')
}

/**
 * JSON client for the API. A request safe to repeat is sent again after a dropped connection or a
 * gateway failure (502/503/504), with the same headers and so the same Idempotency-Key, waiting
 * longer each time. An access token that expired (401 TOKEN_EXPIRED) is refreshed once and the call
 * retried; if the refresh is refused the session is cleared and `onSignedOut` runs.
 */
export function createApiClient({ baseUrl, transport, sessions, onSignedOut, retryDelays = retryDelaysMs, sleep = wait }: ApiClientDeps): ApiRequest {
  let refreshing: Promise<Session> | null = null

  async function send<T>(method: HttpMethod, path: string, body: unknown, token?: string, extra: Record<string, string> = {}, repeatable = false): Promise<T> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...extra }
    if (token) headers.Authorization = `Bearer ${token}`
    const once = () => transport({ method, url: baseUrl + path, data: body, headers })
    let response: { status: number; data: unknown }
    try {
      response = isRepeatable(method, extra, repeatable) ? await withRetry(once, retryDelays, sleep) : await once()
    } catch {
      throw networkError()
    }
    if (response.status >= 200 && response.status < 300) return response.data as T
    throw apiErrorFromResponse(response.status, response.data)
  }

  async function refreshSession(refreshToken: string): Promise<Session> {
    try {
      const session = await send<Session>('POST', '/api/auth/refresh', { refreshToken })
      sessions.set(session)
      return session
    } catch (error) {
      // A refused refresh ends the session; a network or server failure keeps it for a later try.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        sessions.clear()
        onSignedOut()
      }
      throw error
    }
  }

  return async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    const { body, auth = true, headers, repeatable } = options
    const session = auth ? sessions.get() : null
    try {
      return await send<T>(method, path, body, session?.accessToken, headers, repeatable)
    } catch (error) {
      if (!(session && error instanceof ApiError && error.status === 401 && error.code === 'TOKEN_EXPIRED')) throw error
      // Concurrent calls that all hit an expired token share one refresh.
      refreshing ??= refreshSession(session.refreshToken).finally(() => {
        refreshing = null
      })
      const renewed = await refreshing
      return send<T>(method, path, body, renewed.accessToken, headers, repeatable)
    }
  }
}
