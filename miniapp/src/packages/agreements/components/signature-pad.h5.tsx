import { useEffect, useRef, type PointerEvent } from 'react'
import { View } from '@tarojs/components'
import { prepareSheet, type InkPoint } from './signature-ink'
import { useStrokes } from './use-strokes'
import SignaturePadFrame from './signature-pad-frame'

export interface SignaturePadProps {
  id: string
  /** The drawn signature as a PNG data URL after each stroke, or null when cleared or too little ink. */
  onChange(image: string | null): void
}

/** Signature pad for the portal: a plain canvas with pointer events, so a finger, a pen or a mouse all write. */
export default function SignaturePad({ id, onChange }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const ratio = useRef(1)
  const strokes = useStrokes(onChange)

  function reset() {
    const element = canvas.current
    if (!element) return
    ratio.current = Math.min(window.devicePixelRatio || 1, 2)
    const { width, height } = element.getBoundingClientRect()
    element.width = Math.round(width * ratio.current)
    element.height = Math.round(height * ratio.current)
    prepareSheet(element.getContext('2d')!, element.width, element.height, ratio.current)
    strokes.clear()
  }
  useEffect(reset, [])

  const pointOf = (event: PointerEvent<HTMLCanvasElement>): InkPoint => {
    const rect = event.currentTarget.getBoundingClientRect()
    return { x: (event.clientX - rect.left) * ratio.current, y: (event.clientY - rect.top) * ratio.current }
  }

  const finish = () => strokes.end(() => canvas.current!.toDataURL('image/png'), ratio.current)

  return (
    <SignaturePadFrame
      id={id}
      signed={strokes.signed}
      onClear={() => {
        reset()
        onChange(null)
      }}
    >
      <View className='signature-pad__sheet'>
        <canvas
          ref={canvas}
          id={`${id}-canvas`}
          className='signature-pad__canvas'
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId)
            strokes.begin(pointOf(event))
          }}
          onPointerMove={(event) => strokes.extend(event.currentTarget.getContext('2d')!, pointOf(event))}
          onPointerUp={finish}
          onPointerCancel={finish}
        />
      </View>
    </SignaturePadFrame>
  )
}
