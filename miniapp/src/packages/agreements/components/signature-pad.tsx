import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import type { CanvasTouchEvent } from '@tarojs/components/types/common'
import { distance, drawStroke, isEnoughInk, prepareSheet, type InkContext, type InkPoint } from './signature-ink'
import SignaturePadFrame from './signature-pad-frame'

export interface SignaturePadProps {
  id: string
  /** The drawn signature as a PNG data URL after each stroke, or null when cleared or too little ink. */
  onChange(image: string | null): void
}

interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): InkContext
  toDataURL(type?: string): string
}

/** Signature pad for the mini-program: a type="2d" canvas node, drawn on from touch events. */
export default function SignaturePad({ id, onChange }: SignaturePadProps) {
  const node = useRef<CanvasNode | null>(null)
  const last = useRef<InkPoint | null>(null)
  const ink = useRef(0)
  const ratio = useRef(1)
  const [signed, setSigned] = useState(false)

  function reset() {
    const canvas = node.current
    if (!canvas) return
    // The node keeps the scale set at start; strokes come in CSS pixels.
    prepareSheet(canvas.getContext('2d'), canvas.width / ratio.current, canvas.height / ratio.current, 1)
    ink.current = 0
    setSigned(false)
  }

  useEffect(() => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}-canvas`)
        .fields({ node: true, size: true })
        .exec((results: { node: CanvasNode; width: number; height: number }[]) => {
          const found = results[0]
          if (!found?.node) return
          ratio.current = Math.min(Taro.getSystemInfoSync().pixelRatio || 1, 2)
          found.node.width = Math.round(found.width * ratio.current)
          found.node.height = Math.round(found.height * ratio.current)
          ;(found.node.getContext('2d') as unknown as { scale(x: number, y: number): void }).scale(ratio.current, ratio.current)
          node.current = found.node
          reset()
        })
    })
  }, [id])

  const pointOf = (event: CanvasTouchEvent): InkPoint | null => {
    const touch = event.touches[0] as unknown as { x: number; y: number } | undefined
    return touch ? { x: touch.x, y: touch.y } : null
  }

  function finish() {
    if (!last.current || !node.current) return
    last.current = null
    const enough = isEnoughInk(ink.current, 1)
    setSigned(enough)
    onChange(enough ? node.current.toDataURL('image/png') : null)
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
        <Canvas
          type='2d'
          id={`${id}-canvas`}
          className='signature-pad__canvas'
          disableScroll
          onTouchStart={(event) => {
            last.current = pointOf(event)
          }}
          onTouchMove={(event) => {
            const point = pointOf(event)
            if (!last.current || !point || !node.current) return
            drawStroke(node.current.getContext('2d'), last.current, point)
            ink.current += distance(last.current, point)
            last.current = point
          }}
          onTouchEnd={finish}
          onTouchCancel={finish}
        />
      </View>
    </SignaturePadFrame>
  )
}
