import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { uploadDocument } from '../../../api/upload-document'
import { newUuid } from '../../../lib/new-uuid'
import { pickPhoto } from '../../../lib/pick-photo'

interface Props {
  detail: CaseDetail
  /** Reloads the case so the new photo shows among its documents. */
  onUploaded(): Promise<void>
}

/**
 * Photos taken on the home visit, filed with the verification (docs/policy.md "入户走访"). Each photo keeps its
 * id until the server has it, so trying again after a failed upload stores it once.
 */
export default function VisitPhotos({ detail, onUploaded }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const pendingId = useRef<string | null>(null)
  const count = detail.documents.filter((document) => document.kind === 'visitPhoto').length

  async function take() {
    setError(null)
    let path: string | null
    try {
      path = await pickPhoto()
    } catch (e) {
      return setError(errorMessageOf(e))
    }
    if (!path) return
    const documentId = (pendingId.current ??= newUuid())
    setBusy(true)
    try {
      await uploadDocument(detail.id, documentId, 'visitPhoto', path)
      pendingId.current = null
      await onUploaded()
    } catch (e) {
      setError(`照片没有传上去：${errorMessageOf(e)}请再点一次。`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View id='visit-photos'>
      <Text id='visit-photo-count' className='staff__line'>{count > 0 ? `已上传 ${count} 张入户照片` : '可以拍几张入户走访的照片（可不拍）'}</Text>
      {error && <Text className='form-error'>{error}</Text>}
      <Button id='visit-photo-take' type='default' size='large' block disabled={busy} onClick={() => void take()}>
        {busy ? '正在上传…' : '拍入户照片'}
      </Button>
    </View>
  )
}
