import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)

/** Who applied, so the director can call before the home visit: name, relation to the child, the phone to tap. */
export default function CaseApplicant({ applicant }: { applicant: CaseDetail['applicant'] }) {
  return (
    <View id='case-applicant' className='card staff__card'>
      <Text className='staff__title'>申请人</Text>
      <Text id='case-applicant-name' className='staff__line'>
        {applicant.name ?? '没有留姓名'}（孩子的{applicant.relation}）
      </Text>
      {applicant.phone ? (
        <Tappable id='case-applicant-call' className='text-link' onClick={() => call(applicant.phone!)}>
          打电话：{applicant.phone}
        </Tappable>
      ) : (
        <Text className='staff__line muted'>没有手机号（用微信登录的家庭），请在走访时当面联系。</Text>
      )}
    </View>
  )
}
