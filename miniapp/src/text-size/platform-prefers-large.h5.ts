/**
 * H5 has no font setting to read (Taro's `fontSizeSetting` is undefined there): the browser itself scales text
 * with the phone's font size, and no page turns that off. Not asking Taro spares every page the user-agent
 * parsing its system info starts with (about 30 ms of main thread on a desktop, four times that on
 * Lighthouse's phone, before a page can draw).
 */
export function platformPrefersLarge(): boolean {
  return false
}
