import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import type { CaseAction } from '@ccs/shared/applications/case-actions'

export interface ActionInput {
  notes: string
  reason: string
  amount: string
}

/** What each action asks the staff member to write, in the words they use. */
const notesField: Partial<Record<CaseAction, { label: string; placeholder: string }>> = {
  verify: { label: '入户核实情况', placeholder: '写下入户看到的情况：孩子由谁照料，父母情况是否与申请一致……' },
  handOver: { label: '转交去向', placeholder: '写明转交给哪个乡镇（街道）、何时转交、经办人……' },
}
const reasonField: Partial<Record<CaseAction, { label: string; placeholder: string }>> = {
  return: { label: '退回原因（家长会看到）', placeholder: '写明还缺什么、怎么补，例如：请补拍父亲的服刑证明' },
  reject: { label: '不予批准的原因（家长会看到）', placeholder: '写明不符合哪一条，例如：经核实母亲在家照料孩子' },
}

interface Props {
  action: CaseAction
  askAmount: boolean
  input: ActionInput
  onChange(input: ActionInput): void
}

/** The fields one action needs: visit notes, a reason the family will read, or a one-off amount. */
export default function ActionForm({ action, askAmount, input, onChange }: Props) {
  const notes = notesField[action]
  const reason = reasonField[action]
  return (
    <View className='action-form'>
      {notes && (
        <>
          <Text className='field-label'>{notes.label}</Text>
          <TextArea
            id='action-notes'
            className='staff__textarea'
            placeholder={notes.placeholder}
            value={input.notes}
            maxLength={2000}
            rows={4}
            onChange={(notesText) => onChange({ ...input, notes: notesText })}
          />
        </>
      )}
      {reason && (
        <>
          <Text className='field-label'>{reason.label}</Text>
          <TextArea
            id='action-reason'
            className='staff__textarea'
            placeholder={reason.placeholder}
            value={input.reason}
            maxLength={500}
            rows={3}
            onChange={(reasonText) => onChange({ ...input, reason: reasonText })}
          />
        </>
      )}
      {askAmount && (
        <>
          <Text className='field-label'>救助金额（元，一次性发放）</Text>
          <Input
            id='action-amount'
            className='field-input'
            type='digit'
            placeholder='例如 2000'
            value={input.amount}
            onChange={(amount) => onChange({ ...input, amount })}
          />
        </>
      )}
    </View>
  )
}
