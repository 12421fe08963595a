import Taro from '@tarojs/taro'
import { sessionStore } from '../session/session-store'

/**
 * Mini-program: an <Image> cannot send the Authorization header, so the photo is downloaded to a
 * temporary file first. Resolves with a path an <Image src> can show.
 */
export async function loadDocumentImage(applicationId: string, documentId: string): Promise<string> {
  const token = sessionStore.get()?.accessToken
  const result = await Taro.downloadFile({
    url: `${API_BASE}/api/applications/${applicationId}/documents/${documentId}`,
    header: token ? { Authorization: `Bearer ${token}` } : {},
  })
  if (result.statusCode !== 200) throw new Error(`photo ${result.statusCode}`)
  return result.tempFilePath
}
