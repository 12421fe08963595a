import { errorMessages } from '@ccs/shared/errors/error-codes'
import { ApiError } from '../api/api-error'

/** Photos of documents stay readable at this size and upload quickly on a weak network. */
const maxBytes = 300 * 1024
const maxSide = 1600

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('not an image'))
    image.src = url
  })
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
}

/** Redraws the photo on a canvas as a JPEG of at most ~300 KB, shrinking quality and then size. */
async function compress(url: string): Promise<string> {
  const image = await loadImage(url)
  let scale = Math.min(1, maxSide / Math.max(image.naturalWidth, image.naturalHeight))
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale))
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale))
    const context = canvas.getContext('2d')
    if (!context) break
    // JPEG has no transparency: paper-white behind a transparent PNG instead of black.
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    for (const quality of [0.8, 0.6, 0.45]) {
      const blob = await toJpeg(canvas, quality)
      if (blob && blob.size <= maxBytes) return URL.createObjectURL(blob)
    }
    scale *= 0.7
  }
  return url
}

/** The browser's chooser for one image (camera or album on a phone); null when it is closed without a choice. */
function chooseFile(): Promise<File | null> {
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = 'image/*'
  input.style.cssText = 'position: fixed; top: -4000px; left: -3000px'
  document.body.appendChild(input)
  return new Promise<File | null>((resolve) => {
    input.onchange = () => resolve(input.files?.[0] ?? null)
    input.oncancel = () => resolve(null)
    input.click()
  }).finally(() => input.remove())
}

/**
 * H5: takes or picks one photo and compresses it on the phone; null when the person cancels. A file that is not
 * a picture the phone can draw (a PDF chosen from 文件, a Word document) is refused here with the message the
 * server gives, naming what is accepted: the browser's own chooser (Taro's) dropped it without a word.
 */
export async function pickPhoto(): Promise<string | null> {
  const file = await chooseFile()
  if (!file) return null
  const refused = () => new ApiError(0, { code: 'FILE_TYPE_NOT_ALLOWED', message: `“${file.name}”不是照片。${errorMessages.FILE_TYPE_NOT_ALLOWED}` })
  if (!file.type.startsWith('image/')) throw refused()
  try {
    return await compress(URL.createObjectURL(file))
  } catch {
    throw refused()
  }
}
