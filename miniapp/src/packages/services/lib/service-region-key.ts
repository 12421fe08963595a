/** Where the place chosen for services is kept on the phone; index.html's first screen reads it too (it has no Taro). */
export const serviceRegionKey = 'ccs.services.region'
