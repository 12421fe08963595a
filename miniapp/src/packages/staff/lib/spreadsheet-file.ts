import Taro from '@tarojs/taro'
import { apiErrorFromResponse, networkError } from '../../../api/api-error'
import { request } from '../../../api/request'
import { sessionStore } from '../../../session/session-store'

const header = (): Record<string, string> => {
  const token = sessionStore.get()?.accessToken
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** Downloads a template and opens it, from where WeChat lets it be sent to a computer (`fileName` is the portal's). */
export async function downloadSpreadsheet(path: string, _fileName: string): Promise<void> {
  await request('GET', '/api/me')
  const answer = await Taro.downloadFile({ url: `${API_BASE}${path}`, header: header() }).catch(() => {
    throw networkError()
  })
  if (answer.statusCode !== 200) throw apiErrorFromResponse(answer.statusCode, null)
  await Taro.openDocument({ filePath: answer.tempFilePath, fileType: 'xlsx', showMenu: true })
}

/** Chooses a sheet sent to the administrator in a WeChat chat and uploads it to `path`; null when nothing was chosen. */
export async function chooseAndUploadSpreadsheet<Report>(path: string): Promise<Report | null> {
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null)
  const file = chosen?.tempFiles[0]
  if (!file) return null
  await request('GET', '/api/me')
  const answer = await Taro.uploadFile({ url: `${API_BASE}${path}`, filePath: file.path, name: 'file', fileName: file.name, header: header(), timeout: 60_000 }).catch(() => {
    throw networkError()
  })
  const data = (() => {
    try {
      return JSON.parse(answer.data) as unknown
    } catch {
      return null
    }
  })()
  if (answer.statusCode < 200 || answer.statusCode >= 300) throw apiErrorFromResponse(answer.statusCode, data)
  return data as Report
}
