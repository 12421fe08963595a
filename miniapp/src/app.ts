import type { PropsWithChildren } from 'react'
import { enableKeyboardAccess } from './lib/enable-keyboard-access'
import { startPrivacyAuthorization } from './lib/privacy-authorization'
import './app.scss'

enableKeyboardAccess()
startPrivacyAuthorization()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
