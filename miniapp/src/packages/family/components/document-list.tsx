import { useRef, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { uploadDocument } from '../../../api/upload-document'
import { useDocumentImages } from '../../../hooks/use-document-images'
import { deleteDocument } from '../api/applications-api'
import { newUuid } from '../../../lib/new-uuid'
import { pickPhoto } from '../../../lib/pick-photo'

interface Props {
  app: Application
  /** Reloads the application so that each document shows whether its photo is in. */
  onUploaded(): Promise<void>
}

/** A photo taken but not yet stored: its id is kept, so sending it again stores it once. */
interface Upload {
  documentId: string
  path: string
  state: 'waiting' | 'sending' | 'failed'
  error?: string
}

/**
 * Every document the rules ask for with the answers given, all at once, each with its own photo button and a small
 * copy of each photo sent, which the family can remove (and take again) until the application is sent.
 * Photos go up one at a time in the order taken, so a weak signal carries one small photo at a time and the
 * family can take the next while one is sending. A failed photo says so under its own row with 重试, which
 * sends the same photo again; the others carry on.
 */
export default function DocumentList({ app, onUploaded }: Props) {
  const [uploads, setUploads] = useState<Record<string, Upload>>({})
  /** A file chosen that is not a photo, said under its document until another is chosen. */
  const [refusals, setRefusals] = useState<Record<string, string>>({})
  /** A photo being removed, and why the last removal failed. */
  const [removing, setRemoving] = useState<string | null>(null)
  const [removeError, setRemoveError] = useState<Record<string, string>>({})
  const photos = app.documents.filter((document) => document.uploadedBy === 'family')
  const { images } = useDocumentImages(app.id, photos)
  const queue = useRef<string[]>([])
  const current = useRef<Record<string, Upload>>({})
  const sending = useRef(false)

  function update(kind: string, upload: Upload | null) {
    const next = { ...current.current }
    if (upload) next[kind] = upload
    else delete next[kind]
    current.current = next
    setUploads(next)
  }

  async function sendQueued() {
    if (sending.current) return
    sending.current = true
    for (let kind = queue.current.shift(); kind; kind = queue.current.shift()) {
      const upload = current.current[kind]
      if (!upload) continue
      update(kind, { ...upload, state: 'sending' })
      try {
        await uploadDocument(app.id, upload.documentId, kind, upload.path)
        await onUploaded().catch(() => undefined)
        update(kind, null)
      } catch (error) {
        update(kind, { ...upload, state: 'failed', error: `这张照片没有传上去：${errorMessageOf(error)}点“重试”再传这一张。` })
      }
    }
    sending.current = false
  }

  function enqueue(kind: string, upload: Upload) {
    update(kind, upload)
    if (!queue.current.includes(kind)) queue.current.push(kind)
    void sendQueued()
  }

  async function takePhoto(kind: string) {
    let path: string | null
    try {
      path = await pickPhoto()
    } catch (error) {
      setRefusals((current) => ({ ...current, [kind]: errorMessageOf(error) }))
      return
    }
    setRefusals(({ [kind]: _said, ...others }) => others)
    if (!path) return
    // A new photo of the same document replaces one not yet stored, under the same id.
    enqueue(kind, { documentId: current.current[kind]?.documentId ?? newUuid(), path, state: 'waiting' })
  }

  async function remove(kind: string, documentId: string) {
    setRemoving(documentId)
    setRemoveError(({ [kind]: _said, ...others }) => others)
    try {
      await deleteDocument(app.id, documentId)
      await onUploaded()
    } catch (error) {
      setRemoveError((current) => ({ ...current, [kind]: `没有删掉：${errorMessageOf(error)}` }))
    } finally {
      setRemoving(null)
    }
  }

  return (
    <View id='document-list'>
      {app.requiredDocuments.map((document) => {
        const upload = uploads[document.kind]
        const id = `document-${document.kind}`
        return (
          <View key={`${document.kind}-${document.label}`} id={id} className='card family__card'>
            <Text className='family__title'>{document.label}</Text>
            <Text className='family__line muted'>用途：{document.why}</Text>
            {upload?.state === 'sending' && <Text id={`${id}-sending`} className='family__line'>正在上传…</Text>}
            {upload?.state === 'waiting' && <Text id={`${id}-waiting`} className='family__line'>排队中，前面的照片传完就传这一张</Text>}
            {!upload && document.provided && <Text id={`${id}-provided`} className='family__line family__ok'>✓ 照片已上传</Text>}
            {!upload && !document.provided && <Text className='family__line family__missing'>还没有上传</Text>}
            {/* What was sent, small, so a blurred or wrong photo is seen and taken out before the application goes. */}
            {photos
              .filter((photo) => photo.kind === document.kind)
              .map((photo) => {
                const image = images[photo.id]
                return (
                  <View key={photo.id} id={`photo-${photo.id}`} className='document-photo'>
                    {image && 'src' in image ? (
                      <Image className='document-photo__image' src={image.src} mode='aspectFill' aria-label={`${document.label}的照片`} />
                    ) : (
                      <Text className='document-photo__image document-photo__placeholder'>{image ? '照片显示不出来' : '正在显示照片…'}</Text>
                    )}
                    <Tappable id={`photo-${photo.id}-remove`} className='text-link document-photo__remove' onClick={() => removing === null && void remove(document.kind, photo.id)}>
                      {removing === photo.id ? '正在删除…' : '删除这张'}
                    </Tappable>
                  </View>
                )
              })}
            {removeError[document.kind] && <Text id={`${id}-remove-error`} className='form-error'>{removeError[document.kind]}</Text>}
            {refusals[document.kind] && <Text id={`${id}-refused`} className='form-error'>{refusals[document.kind]}</Text>}
            {upload?.state === 'failed' && (
              <>
                <Text id={`${id}-error`} className='form-error'>{upload.error}</Text>
                <Button id={`${id}-retry`} className='family__button' type='primary' size='large' block onClick={() => enqueue(document.kind, { ...upload, state: 'waiting' })}>
                  重试
                </Button>
                <Tappable id={`${id}-retake`} className='text-link' onClick={() => void takePhoto(document.kind)}>
                  换一张照片
                </Tappable>
              </>
            )}
            {upload?.state !== 'failed' && (
              <Button
                id={`${id}-upload`}
                className='family__button'
                type='primary'
                fill={document.provided || upload ? 'outline' : 'solid'}
                size='large'
                block
                disabled={upload !== undefined}
                onClick={() => void takePhoto(document.kind)}
              >
                {document.provided ? '再拍一张' : '拍照上传'}
              </Button>
            )}
          </View>
        )
      })}
    </View>
  )
}
