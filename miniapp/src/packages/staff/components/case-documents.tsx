import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { formatMoment } from '../../../lib/format-date'
import { useDocumentImages } from '../../../hooks/use-document-images'

/** The photos the family (or a director on a visit) sent, and the documents the rules ask for that are still missing. */
export default function CaseDocuments({ detail }: { detail: CaseDetail }) {
  const { images, retry } = useDocumentImages(detail.id, detail.documents)
  const [enlarged, setEnlarged] = useState<string | null>(null)
  const missing = detail.requiredDocuments.filter((document) => !document.provided)

  return (
    <View id='case-documents' className='card staff__card'>
      <Text className='staff__title'>证明材料</Text>
      {detail.documents.length === 0 && <Text className='staff__line muted'>还没有上传任何照片。</Text>}
      {detail.documents.map((document) => {
        const image = images[document.id]
        const large = enlarged === document.id
        return (
          <View key={document.id} id={`document-${document.id}`} className={large ? 'thumb thumb--large' : 'thumb'}>
            {image && 'src' in image ? (
              <Image
                className='thumb__image'
                src={image.src}
                mode={large ? 'widthFix' : 'aspectFill'}
                nativeProps={{ alt: `${document.label}的照片` }}
                onClick={() => setEnlarged(large ? null : document.id)}
              />
            ) : (
              <Tappable className='thumb__placeholder' onClick={image ? retry : undefined}>
                {image ? '照片没有打开，点此重试' : '正在加载…'}
              </Tappable>
            )}
            <View className='thumb__text'>
              <Text className='thumb__label'>{document.label}</Text>
              <Text className='thumb__meta'>{document.uploadedBy === 'staff' ? '工作人员拍摄' : '家长上传'}</Text>
              <Text className='thumb__meta'>{formatMoment(document.uploadedAt)}</Text>
            </View>
          </View>
        )
      })}
      {detail.documents.length > 0 && <Text className='staff__line muted'>点照片可放大，再点一次缩小。</Text>}
      <Text className='staff__subtitle'>{missing.length > 0 ? `还缺 ${missing.length} 份` : '要求的材料都已上传'}</Text>
      {missing.map((document) => (
        <View key={`${document.kind}-${document.label}`} id={`missing-${document.kind}`} className='reason'>
          <Text className='staff__line staff__warn'>✗ {document.label}</Text>
          <Text className='reason__source'>用途：{document.why}</Text>
        </View>
      ))}
    </View>
  )
}
