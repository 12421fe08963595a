import { sessionStore } from '../../../session/session-store'
import { fetchAgreement } from '../api/agreements-api'

const pdfUrl = (agreementId: string) => `${API_BASE}/api/agreements/${agreementId}/pdf`

/**
 * H5: a link cannot send the Authorization header, so the PDF is fetched with it (as the staff's photos are) and
 * saved from a blob URL by a download link. An expired token is renewed by reading the agreement through the
 * API client, then the download is tried once more.
 */
export async function downloadAgreementPdf(agreementId: string): Promise<void> {
  const download = () => fetch(pdfUrl(agreementId), { headers: { Authorization: `Bearer ${sessionStore.get()?.accessToken ?? ''}` } })
  let response = await download()
  if (response.status === 401) {
    await fetchAgreement(agreementId)
    response = await download()
  }
  if (!response.ok) throw new Error(`pdf ${response.status}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = `委托照护协议-${agreementId.slice(0, 8)}.pdf`
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The browser has taken the file once the click is handled; the blob is let go a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
