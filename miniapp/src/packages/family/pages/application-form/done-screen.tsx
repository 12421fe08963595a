import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import ExpectedTimeline from '../../components/expected-timeline'
import { formatDate } from '../../../../lib/format-date'
import { holderText } from '../../lib/holder-text'
import StepTitle from '../../../../components/step-title'

/** Back to the progress page the family came from (a resubmission), or to a new one in place of the form. */
function showProgress(id: string) {
  const pages = Taro.getCurrentPages()
  const previous = pages[pages.length - 2]?.route ?? ''
  if (previous.includes('packages/family/pages/application/index')) void Taro.navigateBack()
  else void Taro.redirectTo({ url: `/packages/family/pages/application/index?id=${id}` })
}

/** 已提交: the reference number, who holds the case now and by when, and what comes next. */
export default function DoneScreen({ app }: { app: Application }) {
  return (
    <View id='screen-done'>
      <StepTitle id='done-title'>申请已提交</StepTitle>
      <View className='card family__card'>
        <Text className='family__line'>申请编号（请记下来，打电话询问时用）</Text>
        <Text id='application-reference' className='family__amount'>{app.reference}</Text>
        {app.holder && (
          <Text id='application-holder' className='family__line'>现在由 {holderText(app.holder)} 办理</Text>
        )}
        {app.dueDate && (
          <Text id='application-due' className='family__line'>
            这一步最晚 {formatDate(app.dueDate)} 办完{app.dueProvisional ? '（节假日安排公布后可能调整）' : ''}
          </Text>
        )}
      </View>
      <ExpectedTimeline app={app} />
      <Button
        id='view-application'
        className='family__button'
        type='primary'
        size='xlarge'
        block
        onClick={() => showProgress(app.id)}
      >
        查看办理进度
      </Button>
      <Tappable id='go-home' className='text-link' onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
        回到首页
      </Tappable>
    </View>
  )
}
