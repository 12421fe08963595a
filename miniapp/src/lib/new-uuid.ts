/**
 * A random version-4 UUID for ids the app makes (a new child, a photo, a submission's idempotency key).
 * They only have to be unique, not secret, and the mini-program has no crypto.randomUUID.
 */
export function newUuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16))
  hex[12] = 4
  hex[16] = 8 + (hex[16]! % 4)
  const text = hex.map((digit) => digit.toString(16)).join('')
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`
}
