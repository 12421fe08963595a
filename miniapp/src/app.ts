import type { PropsWithChildren } from 'react'
import { drawIconsAsViews } from './lib/draw-icons-as-views'
import { enableKeyboardAccess } from './lib/enable-keyboard-access'
import { startPrivacyAuthorization } from './lib/privacy-authorization'
import './app.scss'

drawIconsAsViews()
enableKeyboardAccess()
startPrivacyAuthorization()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
