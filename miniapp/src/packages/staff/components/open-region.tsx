import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { errorMessageOf } from '../../../api/api-error'
import { openRegion, type OpenedRegionScope } from '../api/regions-open-api'

/**
 * A county administrator's first step in a county the service has not served before: load its villages, so that
 * families can pick them for a child's hukou and residence and apply there. Safe to tap again.
 */
export default function OpenRegion({ code, onOpened }: { code: string; onOpened: () => void }) {
  const [result, setResult] = useState<OpenedRegionScope | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = async () => {
    setBusy(true)
    setError(null)
    try {
      const opened = await openRegion(code)
      setResult(opened)
      if (opened.opened) onOpened()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View id='open-region' className='card staff__card'>
      <Text className='staff__title'>开通本县服务</Text>
      <Text className='staff__line'>新开通的县，请先载入本县的村（社区）名单，家长才能选到村、在本地申请。已经载入的，再点一次也不会重复。</Text>
      <Button id='open-region-button' className='staff__submit' type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void open()}>
        {busy ? '正在载入…' : '载入本县村（社区）名单'}
      </Button>
      {result && (
        <Text id='open-region-result' className='staff__line'>
          {result.opened ? `已载入${result.name}的${result.villages}个村（社区），家长现在可以选到村了。` : `${result.name}的村（社区）名单早已载入，家长可以选到村。`}
        </Text>
      )}
      {error && (
        <Text id='open-region-error' className='staff__line staff__warn'>
          {error}
        </Text>
      )}
    </View>
  )
}
