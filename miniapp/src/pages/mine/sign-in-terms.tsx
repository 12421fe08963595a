import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../components/tappable'
import type { SignInTermKind } from '@ccs/shared/consent/sign-in-terms'

/** Whether the person ticked agreement to the sign-in terms, and how a tick changes it. */
export interface TermsTick {
  agreed: boolean
  onChange(agreed: boolean): void
}

export const termsNotAgreed = '请先勾选同意《服务协议》和《个人信息处理说明》，再登录。'

const openTerm = (kind: SignInTermKind) => void Taro.navigateTo({ url: `/packages/family/pages/terms/index?doc=${kind}` })

/**
 * The tick a family gives before signing in: agreement to 服务协议 and 个人信息处理说明, each readable on its own
 * page. The links sit under the tick, not inside it: a link inside a tick box is two targets in one.
 */
export default function SignInTerms({ agreed, onChange }: TermsTick) {
  return (
    <View className='sign-in-terms'>
      <Tappable id='sign-in-terms' className={`consent ${agreed ? 'consent--checked' : ''}`} role='checkbox' aria-checked={agreed} onClick={() => onChange(!agreed)}>
        <Text className='consent__box'>{agreed ? '✓' : ''}</Text>
        <Text className='consent__text'>我已阅读并同意《服务协议》和《个人信息处理说明》</Text>
      </Tappable>
      <View className='sign-in-terms__links'>
        <Tappable id='terms-service-link' className='text-link' role='link' onClick={() => openTerm('service')}>
          看《服务协议》
        </Tappable>
        <Tappable id='terms-privacy-link' className='text-link' role='link' onClick={() => openTerm('privacy')}>
          看《个人信息处理说明》
        </Tappable>
      </View>
    </View>
  )
}
