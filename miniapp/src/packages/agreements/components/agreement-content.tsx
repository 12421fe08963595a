import { Text, View } from '@tarojs/components'
import { parentRoleLabels, type ParentRole } from '@ccs/shared/agreements/agreement-status'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { formatDate } from '../../../lib/format-date'

/** The agreement as the parties read it before signing: who, for how long, and the duties of the template. */
export default function AgreementContent({ agreement }: { agreement: Agreement }) {
  const { caregiver } = agreement
  return (
    <View id='agreement-content'>
      <View className='card agreements__card'>
        <Text className='agreements__title'>托付的孩子</Text>
        {agreement.children.map((child) => (
          <Text key={child.id} className='agreements__line'>
            {child.name}（身份证 {child.maskedResidentId}）
          </Text>
        ))}
        <Text className='agreements__title'>受委托照护人</Text>
        <Text id='agreement-caregiver' className='agreements__line'>
          {caregiver.name}，孩子的{caregiver.relation}，身份证 {caregiver.maskedResidentId}，电话 {caregiver.phone}
        </Text>
        <Text className='agreements__title'>外出的父母</Text>
        {agreement.parents.map((parent) => (
          <Text key={parent.role} className='agreements__line'>
            {parentRoleLabels[parent.role as ParentRole] ?? parent.role} {parent.name}，在{parent.workPlace}，电话 {parent.phone}
          </Text>
        ))}
        <Text className='agreements__title'>紧急联系人</Text>
        {agreement.emergencyContacts.map((contact) => (
          <Text key={contact.phone} className='agreements__line'>
            {contact.name}（孩子的{contact.relation}），电话 {contact.phone}
          </Text>
        ))}
        <Text className='agreements__title'>托付时间</Text>
        <Text id='agreement-period' className='agreements__line'>
          {formatDate(agreement.period.start)} 到 {formatDate(agreement.period.end)}
        </Text>
      </View>
      <View id='agreement-duties' className='card agreements__card'>
        <Text className='agreements__title'>照护人和父母要做到的事</Text>
        {agreement.template.duties.map((duty, index) => (
          <View key={duty.title} className='agreements__duty'>
            <Text className='agreements__line'>
              <Text className='agreements__ok'>{index + 1}. {duty.title}</Text>
            </Text>
            <Text className='agreements__line agreements__duty-text'>{duty.text}</Text>
          </View>
        ))}
        <Text className='agreements__line muted'>
          协议范本第{agreement.template.version}版
        </Text>
      </View>
    </View>
  )
}
