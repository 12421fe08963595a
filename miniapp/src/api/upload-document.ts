import Taro from '@tarojs/taro'
import type { DocumentMeta } from '@ccs/shared/applications/application-schemas'
import { apiErrorFromResponse, networkError } from './api-error'
import { request } from './request'
import { sessionStore } from '../session/session-store'
import { withRetry } from './with-retry'

function parse(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data) as unknown
  } catch {
    return data
  }
}

async function sendOnce(url: string, filePath: string, kind: string) {
  const token = sessionStore.get()?.accessToken
  try {
    // Taro.uploadFile (wx.uploadFile) can only POST; the documents route accepts POST as well as PUT.
    const response = await Taro.uploadFile({
      url,
      filePath,
      name: 'file',
      fileName: 'photo.jpg',
      formData: { kind },
      header: token ? { Authorization: `Bearer ${token}` } : {},
      timeout: 60_000,
    })
    return { status: response.statusCode, data: parse(response.data) }
  } catch {
    throw networkError()
  }
}

/** The photo's id makes a repeat store it once, so a dropped upload is simply sent again. */
const send = (url: string, filePath: string, kind: string) => withRetry(() => sendOnce(url, filePath, kind))

/**
 * Uploads one photo of a supporting document under an id the app made, so a retry after a dropped
 * answer stores it once; a dropped connection or a gateway failure is retried with growing waits.
 * An expired access token is renewed through the JSON client and the upload sent again once.
 */
export async function uploadDocument(applicationId: string, documentId: string, kind: string, filePath: string): Promise<DocumentMeta> {
  const url = `${API_BASE}/api/applications/${applicationId}/documents/${documentId}`
  let answer = await send(url, filePath, kind)
  const code = (answer.data as { code?: string } | null)?.code
  if (answer.status === 401 && code === 'TOKEN_EXPIRED') {
    await request('GET', '/api/me')
    answer = await send(url, filePath, kind)
  }
  if (answer.status >= 200 && answer.status < 300) return answer.data as DocumentMeta
  throw apiErrorFromResponse(answer.status, answer.data)
}
