import { sessionStorageKey } from '../session/create-session-store'
import { serviceRegionKey } from '../packages/services/lib/service-region-key'
import {
  applyChildTitle,
  applyWhat,
  homeTitle,
  hotlinesNote,
  servicesRegionLead,
  servicesRegionTitle,
  signInFirstLead,
  signInFirstTitle,
} from './first-screen-words'

/**
 * What the portal's index.html shows of a page before the app has loaded (`config/first-screen.ts`): its title and
 * lead as the page itself will show them, chosen by the route and, where the page differs by it, by whether a key
 * is kept on the phone. Only words that are true for whoever opens the page, so nothing shown has to be taken back.
 */
export interface FirstScreen {
  /** The route as it appears after `#`. */
  path: string
  /** The page's style block, as its PageFrame has it. */
  block: string
  /** Shown only when this key is (or is not) in the phone's storage. */
  when?: { key: string; stored: boolean }
  title: string
  lead?: string
}

const apply = '/packages/family/pages/apply/index'

export const firstScreens: FirstScreen[] = [
  { path: '/pages/index/index', block: 'home', title: homeTitle, lead: hotlinesNote },
  { path: apply, block: 'family', when: { key: sessionStorageKey, stored: true }, title: applyChildTitle },
  { path: apply, block: 'family', when: { key: sessionStorageKey, stored: false }, title: signInFirstTitle, lead: signInFirstLead(applyWhat) },
  {
    path: '/packages/services/pages/home/index',
    block: 'services',
    when: { key: serviceRegionKey, stored: false },
    title: servicesRegionTitle,
    lead: servicesRegionLead,
  },
]
