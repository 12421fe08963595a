import Taro from '@tarojs/taro'

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

/**
 * H5: takes or picks one photo through the browser's file input and compresses it on the phone;
 * null when the person cancels. A file the browser cannot draw is sent as it is, and the server,
 * which checks the type by content, explains what is wrong.
 */
export async function pickPhoto(): Promise<string | null> {
  let chosen: Taro.chooseImage.SuccessCallbackResult
  try {
    chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch {
    return null
  }
  const file = chosen.tempFiles[0]
  if (!file) return null
  try {
    return await compress(file.path)
  } catch {
    return file.path
  }
}
