import { sessionStore } from '../session/session-store'

/**
 * H5: an <img> cannot send the Authorization header, so the photo is fetched with it and shown from a
 * blob URL (the page revokes it when it leaves).
 */
export async function loadDocumentImage(applicationId: string, documentId: string): Promise<string> {
  const token = sessionStore.get()?.accessToken
  const response = await fetch(`${API_BASE}/api/applications/${applicationId}/documents/${documentId}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
  if (!response.ok) throw new Error(`photo ${response.status}`)
  return URL.createObjectURL(await response.blob())
}
