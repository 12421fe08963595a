import Taro from '@tarojs/taro'
import { sessionStore } from '../../../session/session-store'
import { fetchAgreement } from '../api/agreements-api'

const pdfUrl = (agreementId: string) => `${API_BASE}/api/agreements/${agreementId}/pdf`

/**
 * Mini-program: the PDF is downloaded with the Authorization header (a URL cannot carry it) and opened in
 * WeChat's document viewer, whose menu saves or forwards it. An expired token is renewed by reading the
 * agreement through the API client, then the download is tried once more.
 */
export async function downloadAgreementPdf(agreementId: string): Promise<void> {
  const download = () =>
    Taro.downloadFile({ url: pdfUrl(agreementId), header: { Authorization: `Bearer ${sessionStore.get()?.accessToken ?? ''}` } })
  let result = await download()
  if (result.statusCode === 401) {
    await fetchAgreement(agreementId)
    result = await download()
  }
  if (result.statusCode !== 200) throw new Error(`pdf ${result.statusCode}`)
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf', showMenu: true })
}
