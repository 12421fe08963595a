import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import type { CaseAction } from '@ccs/shared/applications/case-actions'

export interface ActionInput {
  notes: string
  reason: string
  amount: string
  /** The hukou place's reference number, when it accepts a handed-over case. */
  reference: string
}

type TextKey = 'notes' | 'reason'
interface TextField {
  key: TextKey
  label: string
  placeholder: string
  maxLength: number
  rows: number
}

/** What each action asks the staff member to write, in the words they use (the API's `notes` or `reason`). */
const textFields: Partial<Record<CaseAction, TextField>> = {
  verify: { key: 'notes', label: '入户核实情况', placeholder: '写下入户看到的情况：孩子由谁照料，父母情况是否与申请一致……', maxLength: 2000, rows: 4 },
  handOver: { key: 'notes', label: '转交方式（选填；转交给哪个民政局、哪天转交，系统会自动记下）', placeholder: '例如：已通过全国儿童福利信息系统推送，对方经办人……', maxLength: 2000, rows: 3 },
  hukouRefuse: { key: 'reason', label: '户籍地不予受理的原因（家长会看到）', placeholder: '照户籍地的答复写，例如：经户籍地核实，母亲已恢复联系', maxLength: 500, rows: 3 },
  return: { key: 'reason', label: '退回原因（家长会看到）', placeholder: '写明还缺什么、怎么补，例如：请补拍父亲的服刑证明', maxLength: 500, rows: 3 },
  reject: { key: 'reason', label: '不予批准的原因（家长会看到）', placeholder: '写明不符合哪一条，例如：经核实母亲在家照料孩子', maxLength: 500, rows: 3 },
}

interface Props {
  action: CaseAction
  askAmount: boolean
  input: ActionInput
  onChange(input: ActionInput): void
}

/** The fields one action needs: visit notes, a reason the family will read, a one-off amount, or the hukou place's reference. */
export default function ActionForm({ action, askAmount, input, onChange }: Props) {
  const text = textFields[action]
  return (
    <View className='action-form'>
      {text && (
        <>
          <Text className='field-label'>{text.label}</Text>
          <TextArea
            id={`action-${text.key}`}
            className='staff__textarea'
            placeholder={text.placeholder}
            value={input[text.key]}
            maxLength={text.maxLength}
            rows={text.rows}
            onChange={(written) => onChange({ ...input, [text.key]: written })}
          />
        </>
      )}
      {action === 'hukouAccept' && (
        <>
          <Text className='field-label'>户籍地给的受理编号（家长会看到，可凭它向户籍地查询）</Text>
          <Input
            id='action-reference'
            className='field-input'
            placeholder='照户籍地答复上的编号填写'
            value={input.reference}
            maxLength={40}
            onChange={(reference) => onChange({ ...input, reference })}
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
