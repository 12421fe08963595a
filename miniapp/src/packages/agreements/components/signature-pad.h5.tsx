import { useEffect, useRef, useState, type PointerEvent } from 'react'
import { View } from '@tarojs/components'
import { distance, drawStroke, isEnoughInk, prepareSheet, type InkPoint } from './signature-ink'
import SignaturePadFrame from './signature-pad-frame'

export interface SignaturePadProps {
  id: string
  /** The drawn signature as a PNG data URL after each stroke, or null when cleared or too little ink. */
  onChange(image: string | null): void
}

/** Signature pad for the portal: a plain canvas with pointer events, so a finger, a pen or a mouse all write. */
export default function SignaturePad({ id, onChange }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const last = useRef<InkPoint | null>(null)
  const ink = useRef(0)
  const ratio = useRef(1)
  const [signed, setSigned] = useState(false)

  function reset() {
    const element = canvas.current
    if (!element) return
    ratio.current = Math.min(window.devicePixelRatio || 1, 2)
    const { width, height } = element.getBoundingClientRect()
    element.width = Math.round(width * ratio.current)
    element.height = Math.round(height * ratio.current)
    prepareSheet(element.getContext('2d')!, element.width, element.height, ratio.current)
    ink.current = 0
    setSigned(false)
  }
  useEffect(reset, [])

  const pointOf = (event: PointerEvent<HTMLCanvasElement>): InkPoint => {
    const rect = event.currentTarget.getBoundingClientRect()
    return { x: (event.clientX - rect.left) * ratio.current, y: (event.clientY - rect.top) * ratio.current }
  }

  function finish() {
    if (!last.current || !canvas.current) return
    last.current = null
    const enough = isEnoughInk(ink.current, ratio.current)
    setSigned(enough)
    onChange(enough ? canvas.current.toDataURL('image/png') : null)
  }

  return (
    <SignaturePadFrame
      id={id}
      signed={signed}
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
            last.current = pointOf(event)
          }}
          onPointerMove={(event) => {
            if (!last.current) return
            const point = pointOf(event)
            drawStroke(event.currentTarget.getContext('2d')!, last.current, point)
            ink.current += distance(last.current, point)
            last.current = point
          }}
          onPointerUp={finish}
          onPointerCancel={finish}
        />
      </View>
    </SignaturePadFrame>
  )
}
