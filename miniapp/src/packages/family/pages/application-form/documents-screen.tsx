import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import DocumentList from '../../components/document-list'
import StepTitle from '../../../../components/step-title'

interface Props {
  app: Application
  onUploaded(): Promise<void>
  onNext(): void
  onBack(): void
}

/** The photos of supporting documents; none of them blocks going on. */
export default function DocumentsScreen({ app, onUploaded, onNext, onBack }: Props) {
  const missing = app.requiredDocuments.filter((document) => !document.provided).length
  return (
    <View id='screen-documents'>
      <Text className='family__step'>{app.programmeName} · {app.child.name}</Text>
      <StepTitle>拍照上传材料</StepTitle>
      <Text className='page-lead'>下面是这项申请需要的全部材料，每样拍一张清楚的照片。</Text>
      <Text id='documents-later' className='family__notice'>
        手边没有的材料可以先不传：可以先提交，之后再补。工作人员会告诉您还缺什么。
      </Text>
      <DocumentList app={app} onUploaded={onUploaded} />
      <Button id='next' className='family__button' type='primary' size='xlarge' block onClick={onNext}>
        {missing > 0 ? `下一步（还有 ${missing} 样没传）` : '下一步'}
      </Button>
      <Tappable id='back' className='text-link' onClick={onBack}>
        上一步
      </Tappable>
    </View>
  )
}
