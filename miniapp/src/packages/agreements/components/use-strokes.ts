import { useRef, useState } from 'react'
import { distance, drawStroke, isEnoughInk, type InkContext, type InkPoint } from './signature-ink'

/**
 * The pen's bookkeeping both signature pads share: where the stroke is, how much ink is down, and whether
 * that is enough to count as a signature. The pads only turn their platform's events into points.
 */
export function useStrokes(onChange: (image: string | null) => void) {
  const last = useRef<InkPoint | null>(null)
  const ink = useRef(0)
  const [signed, setSigned] = useState(false)
  return {
    signed,
    begin(point: InkPoint | null) {
      last.current = point
    },
    extend(context: InkContext, point: InkPoint) {
      if (!last.current) return
      drawStroke(context, last.current, point)
      ink.current += distance(last.current, point)
      last.current = point
    },
    /** Ends a stroke; `image` is read only when the ink is enough. `ratio` is the canvas pixels per CSS pixel of the ink. */
    end(image: () => string, ratio: number) {
      if (!last.current) return
      last.current = null
      const enough = isEnoughInk(ink.current, ratio)
      setSigned(enough)
      onChange(enough ? image() : null)
    },
    clear() {
      ink.current = 0
      setSigned(false)
    },
  }
}
