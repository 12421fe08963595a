import Taro from '@tarojs/taro'
import { privacyAuthorized } from './privacy-authorization'

/** WeChat compresses a photo to well under this when asked for the compressed size. */
const maxBytes = 300 * 1024

/**
 * Mini-program: takes or picks one photo, compressed by WeChat (and once more when still large);
 * null when the person cancels (WeChat offers only pictures). The H5 version, pick-photo.h5.ts, may refuse a file
 * with an ApiError FILE_TYPE_NOT_ALLOWED.
 */
export async function pickPhoto(): Promise<string | null> {
  if (!(await privacyAuthorized())) return null
  let chosen: Taro.chooseMedia.SuccessCallbackResult
  try {
    // chooseMedia, not chooseImage, which WeChat has deprecated since base library 2.21.0.
    chosen = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['camera', 'album'] })
  } catch {
    return null
  }
  const file = chosen.tempFiles[0]
  if (!file) return null
  if (file.size <= maxBytes) return file.tempFilePath
  try {
    return (await Taro.compressImage({ src: file.tempFilePath, quality: 60 })).tempFilePath
  } catch {
    return file.tempFilePath
  }
}
