import { useEffect, useState } from 'react'
import type { DocumentMeta } from '@ccs/shared/applications/application-schemas'
import { loadDocumentImage } from '../api/load-document-image'

export type ImageState = { src: string } | { failed: true } | undefined

/** H5 shows photos from blob URLs; free them when the page no longer shows them. */
function release(src: string) {
  if (src.startsWith('blob:') && typeof URL !== 'undefined') URL.revokeObjectURL(src)
}

/** Loads each photo once with the signed-in person's token (an <Image> alone cannot send it): staff and family alike. */
export function useDocumentImages(applicationId: string, documents: DocumentMeta[]) {
  const [images, setImages] = useState<Record<string, ImageState>>({})
  const [attempt, setAttempt] = useState(0)
  const ids = documents.map((document) => document.id).join(',')

  useEffect(() => {
    let alive = true
    const loaded: string[] = []
    for (const id of ids ? ids.split(',') : []) {
      loadDocumentImage(applicationId, id)
        .then((src) => {
          loaded.push(src)
          if (alive) setImages((current) => ({ ...current, [id]: { src } }))
          else release(src)
        })
        .catch(() => alive && setImages((current) => ({ ...current, [id]: { failed: true } })))
    }
    return () => {
      alive = false
      loaded.forEach(release)
    }
  }, [applicationId, ids, attempt])

  return { images, retry: () => setAttempt((count) => count + 1) }
}
