import type { ComponentProps } from 'react'
import PageFrame from '../../../components/page-frame'
import { useDeskRoot } from '../lib/use-desk'

interface DeskFrameProps extends ComponentProps<typeof PageFrame> {
  /** `reading`: one column of text and forms kept to a readable line; `wide` (default): tables and two columns. */
  layout?: 'wide' | 'reading'
}

/**
 * A staff page's root: the phone's `PageFrame` as it is, and on the H5 portal at 1024 px and wider the desk's type
 * size and a bounded width (`desk.scss`). Lay a page out in two columns with `desk-columns`, `desk-columns__main`
 * and `desk-columns__side` (stacked on a phone, side by side at a desk, the side staying in view while the main
 * column scrolls).
 */
export default function DeskFrame({ layout = 'wide', className, ...props }: DeskFrameProps) {
  useDeskRoot()
  return <PageFrame className={`staff desk desk--${layout}${className ? ` ${className}` : ''}`} {...props} />
}
