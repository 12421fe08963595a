import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'

interface Props {
  /** The notice's title as the server names it. */
  title: string
  ticked: boolean
  onTick(ticked: boolean): void
  /** Opens the notice on its own page, which comes back to the form as it was left. */
  onRead(): void
  error?: string
}

/**
 * The guardian's own consent to the child privacy notice, asked on the child form itself: a tick nobody else sets,
 * bundled with nothing else (个人信息保护法 art. 31 asks a separate consent for a child's data), with the notice a
 * tap away. Saving sends this consent before the child.
 */
export default function ChildConsentField({ title, ticked, onTick, onRead, error }: Props) {
  return (
    <View id='child-consent-field'>
      <Text className='family__line'>保存孩子的信息以前，请您看一看《{title}》：收集什么、谁能看、存多久、怎样更正或删除。</Text>
      <Tappable id='child-consent-open' className='text-link' onClick={onRead}>
        阅读《{title}》全文
      </Tappable>
      <Tappable id='child-consent' className={`consent ${ticked ? 'consent--checked' : ''}`} role='checkbox' aria-checked={ticked} onClick={() => onTick(!ticked)}>
        <Text className='consent__box'>{ticked ? '✓' : ''}</Text>
        <Text className='consent__text'>我是孩子的父母或监护人，我已阅读并同意《{title}》</Text>
      </Tappable>
      {error && <Text id='child-consent-error' className='form-error'>{error}</Text>}
    </View>
  )
}
