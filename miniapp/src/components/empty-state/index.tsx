import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'

interface EmptyStateProps {
  id: string
  /** One sentence: what is not here yet and what to do about it. */
  text: string
  /** The button that does it, with the id a list page gives its usual button. */
  actionId: string
  action: string
  onAction(): void
}

/** An empty list says what to do next, with the button to do it right under the sentence (GOV.UK: no dead ends). */
export default function EmptyState({ id, text, actionId, action, onAction }: EmptyStateProps) {
  return (
    <View id={id} className='card empty-state'>
      <Text className='empty-state__text'>{text}</Text>
      <Button id={actionId} className='empty-state__action' type='primary' size='xlarge' block onClick={onAction}>
        {action}
      </Button>
    </View>
  )
}
