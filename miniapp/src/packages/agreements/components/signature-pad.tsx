import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import type { CanvasTouchEvent } from '@tarojs/components/types/common'
import { prepareSheet, type InkContext, type InkPoint } from './signature-ink'
import { useStrokes } from './use-strokes'
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
  const ratio = useRef(1)
  const strokes = useStrokes(onChange)

  function reset() {
    const canvas = node.current
    if (!canvas) return
    // The node keeps the scale set at start; strokes come in CSS pixels.
    prepareSheet(canvas.getContext('2d'), canvas.width / ratio.current, canvas.height / ratio.current, 1)
    strokes.clear()
  }

  useEffect(() => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}-canvas`)
        .fields({ node: true, size: true })
        .exec((results: { node: CanvasNode; width: number; height: number }[]) => {
          const found = results[0]
          if (!found?.node) return
          ratio.current = Math.min(Taro.getWindowInfo().pixelRatio || 1, 2)
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

  // Touches come in CSS pixels, so the ink is measured at ratio 1.
  const finish = () => strokes.end(() => node.current!.toDataURL('image/png'), 1)

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
        <Canvas
          type='2d'
          id={`${id}-canvas`}
          className='signature-pad__canvas'
          disableScroll
          onTouchStart={(event) => strokes.begin(pointOf(event))}
          onTouchMove={(event) => {
            const point = pointOf(event)
            if (point && node.current) strokes.extend(node.current.getContext('2d'), point)
          }}
          onTouchEnd={finish}
          onTouchCancel={finish}
        />
      </View>
    </SignaturePadFrame>
  )
}
