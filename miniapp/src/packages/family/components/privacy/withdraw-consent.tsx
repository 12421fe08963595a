import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { ChildPrivacy } from '@ccs/shared/consent/consent-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { withdrawChildConsent } from '../../api/consent-api'

interface Props {
  privacy: ChildPrivacy
  onDone(privacy: ChildPrivacy): void
  onCancel(): void
}

/** 撤回同意: what changes, in the notice's own words, then one button that does it; no pop-up asks again. */
export default function WithdrawConsent({ privacy, onDone, onCancel }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const explained = privacy.notice.sections.find((section) => section.heading === '撤回同意')?.paragraphs ?? []

  async function withdraw() {
    setBusy(true)
    setError(null)
    try {
      onDone(await withdrawChildConsent())
    } catch (e) {
      setError(`没有撤回成功：${errorMessageOf(e)}`)
      setBusy(false)
    }
  }

  return (
    <View id='screen-withdraw'>
      <Text className='page-title'>撤回同意</Text>
      <View className='card family__card'>
        <Text className='family__title'>撤回以后会怎样</Text>
        {explained.map((paragraph) => (
          <Text key={paragraph} className='family__line'>
            {paragraph}
          </Text>
        ))}
      </View>
      {error && <Text id='withdraw-error' className='form-error'>{error}</Text>}
      <Button id='withdraw-confirm' className='family__button' type='primary' size='xlarge' block disabled={busy} onClick={() => void withdraw()}>
        {busy ? '正在撤回…' : '确认撤回同意'}
      </Button>
      <Tappable id='withdraw-cancel' className='text-link' onClick={onCancel}>
        不撤回，返回
      </Tappable>
    </View>
  )
}
