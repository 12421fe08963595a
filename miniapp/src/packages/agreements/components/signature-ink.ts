/** Drawing shared by the H5 and mini-program signature pads: a white sheet and dark, round, even strokes. */
export interface InkPoint {
  x: number
  y: number
}

/** The canvas context calls both platforms' 2d contexts have. */
export interface InkContext {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  lineCap: string
  lineJoin: string
  fillRect(x: number, y: number, width: number, height: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
}

/** Paints the sheet white (so the PNG reads on paper and in the PDF) and sets the pen; sizes in canvas pixels. */
export function prepareSheet(context: InkContext, width: number, height: number, ratio: number): void {
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.strokeStyle = '#111111'
  context.lineWidth = 3.5 * ratio
  context.lineCap = 'round'
  context.lineJoin = 'round'
}

export function drawStroke(context: InkContext, from: InkPoint, to: InkPoint): void {
  context.beginPath()
  context.moveTo(from.x, from.y)
  context.lineTo(to.x, to.y)
  context.stroke()
}

/** A signature needs some ink: a tap or a tiny mark is not a signature. */
export function isEnoughInk(strokeLength: number, ratio: number): boolean {
  return strokeLength >= 60 * ratio
}

export const distance = (a: InkPoint, b: InkPoint) => Math.hypot(a.x - b.x, a.y - b.y)
