import { apiErrorFromResponse, networkError } from '../../../api/api-error'
import { request } from '../../../api/request'
import { sessionStore } from '../../../session/session-store'

const authorization = (): Record<string, string> => {
  const token = sessionStore.get()?.accessToken
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Saves a template (`/api/staff/accounts/template`) through the browser's download, as `fileName`. */
export async function downloadSpreadsheet(path: string, fileName: string): Promise<void> {
  await request('GET', '/api/me') // renews an expired access token first
  const response = await fetch(`${API_BASE}${path}`, { headers: authorization() }).catch(() => {
    throw networkError()
  })
  if (!response.ok) throw apiErrorFromResponse(response.status, await response.json().catch(() => null))
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = fileName
  link.click()
  URL.revokeObjectURL(link.href)
}

/** The browser's chooser for one .xlsx; null when it is closed without a choice. */
function chooseFile(): Promise<File | null> {
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  input.id = 'spreadsheet-file-input'
  input.style.cssText = 'position: fixed; top: -4000px; left: -3000px'
  document.body.appendChild(input)
  return new Promise((resolve) => {
    input.onchange = () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    }
    input.oncancel = () => {
      resolve(null)
      input.remove()
    }
    input.click()
  })
}

/** Chooses a filled-in sheet and uploads it to `path` (an import route), answering its report; null when nothing was chosen. */
export async function chooseAndUploadSpreadsheet<Report>(path: string): Promise<Report | null> {
  const file = await chooseFile()
  if (!file) return null
  await request('GET', '/api/me')
  const form = new FormData()
  form.append('file', file, file.name)
  const response = await fetch(`${API_BASE}${path}`, { method: 'POST', body: form, headers: authorization() }).catch(() => {
    throw networkError()
  })
  const data = (await response.json().catch(() => null)) as unknown
  if (!response.ok) throw apiErrorFromResponse(response.status, data)
  return data as Report
}
