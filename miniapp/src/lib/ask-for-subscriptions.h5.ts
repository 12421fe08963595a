import type { SubscribeMoment } from '@ccs/shared/notifications/subscribe-messages'

/** The portal has no subscribe messages: a family on H5 hears by SMS. */
export const askForSubscriptions = (_moment: SubscribeMoment): Promise<void> => Promise.resolve()
