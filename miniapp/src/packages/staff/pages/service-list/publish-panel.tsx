import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import Tappable from '../../../../components/tappable'
import type { ServiceListOverview } from '../../api/service-lists-api'
import type { ServiceListEditorState } from './use-service-list-editor'

/** 发布: says what publishing does, asks once more, and tells the outcome. */
export default function PublishPanel({ overview, placeName, editor }: { overview: ServiceListOverview; placeName: string; editor: ServiceListEditorState }) {
  const { draft, versions } = overview
  const { busy, confirming, publishNotice } = editor
  const latest = versions[0]
  return (
    <View id='publish-panel' className='card staff__card'>
      {publishNotice && (
        <Text id='publish-notice' className={`staff__line ${publishNotice.ok ? 'staff__ok' : 'staff__warn'}`}>
          {publishNotice.text}
        </Text>
      )}
      {draft.publishedAs !== null ? (
        <Text id='publish-nothing' className='staff__line'>
          草稿和{latest ? `版本 ${latest.version} ` : '已发布的清单'}一样，没有要发布的修改。
        </Text>
      ) : confirming ? (
        <View id='publish-confirm-panel'>
          <Text className='staff__line service-list__confirm-text'>
            发布后，{placeName}的家长马上就能看到草稿里的 {draft.items.length} 项服务（和省、市的服务一起）。发布的版本以后不能修改，要改就再发布一个新版本。
          </Text>
          {editor.editing && <Text className='staff__line staff__warn'>正在填写的那项服务还没保存，不会发布。</Text>}
          <Button id='publish-confirm' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={() => void editor.publish()}>
            {busy ? '正在发布…' : '确认发布'}
          </Button>
          <Tappable id='publish-cancel' className='text-link' onClick={editor.cancelPublish}>
            先不发布
          </Tappable>
        </View>
      ) : (
        <>
          <Text className='staff__line'>草稿检查好以后再发布。发布后会成为版本 {(latest?.version ?? 0) + 1}。</Text>
          <Button id='publish' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={editor.askToPublish}>
            发布
          </Button>
        </>
      )}
    </View>
  )
}
