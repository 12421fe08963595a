import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { uploadDocument } from '../../../api/upload-document'
import { newUuid } from '../../../lib/new-uuid'
import { pickPhoto } from '../../../lib/pick-photo'

interface Props {
  app: Application
  /** Reloads the application so that each document shows whether its photo is in. */
  onUploaded(): Promise<void>
}

/**
 * Every document the rules ask for with the answers given, all at once, each with its own photo button.
 * A failed upload says so under its own row and keeps its id, so trying again stores the photo once.
 */
export default function DocumentList({ app, onUploaded }: Props) {
  const [busyKind, setBusyKind] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  /** The id of each kind's upload not yet confirmed, reused when the family tries again. */
  const pendingIds = useRef<Record<string, string>>({})

  async function upload(kind: string) {
    setErrors((current) => ({ ...current, [kind]: undefined }))
    const path = await pickPhoto()
    if (!path) return
    const documentId = (pendingIds.current[kind] ??= newUuid())
    setBusyKind(kind)
    try {
      await uploadDocument(app.id, documentId, kind, path)
      delete pendingIds.current[kind]
      await onUploaded()
    } catch (error) {
      setErrors((current) => ({ ...current, [kind]: `照片没有传上去：${errorMessageOf(error)}` }))
    } finally {
      setBusyKind(null)
    }
  }

  return (
    <View id='document-list'>
      {app.requiredDocuments.map((document) => (
        <View key={`${document.kind}-${document.label}`} id={`document-${document.kind}`} className='card family__card'>
          <Text className='family__title'>{document.label}</Text>
          <Text className='family__line muted'>用途：{document.why}</Text>
          {document.provided ? (
            <Text id={`document-${document.kind}-provided`} className='family__line family__ok'>✓ 照片已上传</Text>
          ) : (
            <Text className='family__line family__missing'>还没有上传</Text>
          )}
          {errors[document.kind] && <Text className='form-error'>{errors[document.kind]}</Text>}
          <Button
            id={`document-${document.kind}-upload`}
            className='family__button'
            type='primary'
            fill={document.provided ? 'outline' : 'solid'}
            size='large'
            block
            disabled={busyKind !== null}
            onClick={() => void upload(document.kind)}
          >
            {busyKind === document.kind ? '正在上传…' : document.provided ? '重新拍照' : '拍照上传'}
          </Button>
        </View>
      ))}
    </View>
  )
}
