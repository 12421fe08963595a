import type { PropsWithChildren } from 'react'
import { enableKeyboardAccess } from './lib/enable-keyboard-access'
import './app.scss'

enableKeyboardAccess()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
