import { errorMessages, type ErrorBody } from '@ccs/shared/errors/error-codes'

/** Codes only the client produces: the request never got a usable answer from the server. */
export type ClientErrorCode = 'NETWORK'

export type ApiErrorCode = ErrorBody['code'] | ClientErrorCode

const networkMessage = '网络不好，请检查网络后重试。'

/** An API failure the UI can show as is: `message` is Chinese and says what to do next. */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number
  readonly fields?: Record<string, string>
  /** Machine-readable details, e.g. the id of the application that already exists. */
  readonly data?: Record<string, string>
  readonly requestId?: string

  constructor(status: number, body: Omit<ErrorBody, 'code'> & { code: ApiErrorCode }) {
    super(body.message)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.fields = body.fields
    this.data = body.data
    this.requestId = body.requestId
  }
}

/** Builds the ApiError for a non-2xx response, tolerating bodies that are not our error shape. */
export function apiErrorFromResponse(status: number, data: unknown): ApiError {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Partial<ErrorBody>
  if (typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(status, body as ErrorBody)
  }
  return new ApiError(status, { code: 'INTERNAL', message: errorMessages.INTERNAL })
}

export function networkError(): ApiError {
  return new ApiError(0, { code: 'NETWORK', message: networkMessage })
}

/** The sentence to show for any thrown value, with field hints; unknown failures get the generic message. */
export function errorMessageOf(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessages.INTERNAL
  const hints = Object.values(error.fields ?? {})
  return hints.length > 0 ? `${error.message}${hints.join('；')}` : error.message
}
