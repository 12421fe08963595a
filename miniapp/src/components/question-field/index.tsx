import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../tappable'
import { Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import './index.scss'
import { answerOptions, disabilityGradeLabels, numberUnits, type AnswerOption } from '@ccs/shared/applications/fact-answers'
import { disabilityKindLabels, factQuestions, type ChildFacts, type DisabilityKind, type FactName } from '@ccs/shared/rules/child-facts'

type Disability = ChildFacts['disability']

interface Props {
  /** The page's style block (family, services), whose `__card` and `__title` it uses. */
  block: string
  fact: FactName
  value: unknown
  error?: string
  onChange(value: unknown): void
}

const optionId = (value: AnswerOption['value']) => (value === true ? 'yes' : value === false ? 'no' : value)

function Choices({ id, options, value, onChange }: { id: string; options: AnswerOption[]; value: unknown; onChange(value: unknown): void }) {
  return (
    <View className={options.length <= 3 ? 'choice-row' : ''}>
      {options.map((option) => (
        <Tappable
          key={String(option.value)}
          id={`${id}-${optionId(option.value)}`}
          className={`choice ${value === option.value ? 'choice--selected' : ''}`}
          role='radio'
          aria-checked={value === option.value}
          onClick={() => onChange(option.value)}
        >
          <View className='choice__mark' />
          <Text>{option.label}</Text>
        </Tappable>
      ))}
    </View>
  )
}

function NumberAnswer({ fact, value, onChange }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value))
  return (
    <View className='number-row'>
      <Input
        id={`question-${fact}`}
        className='field-input'
        type='digit'
        // NutUI draws 'digit' as a text box on H5, which opens the full keyboard: ask for the number pad.
        nativeProps={{ inputMode: 'decimal' }}
        placeholder='填数字'
        value={text}
        onChange={(typed) => {
          setText(typed)
          const number = Number(typed)
          onChange(typed.trim() === '' || !Number.isFinite(number) || number < 0 ? undefined : number)
        }}
      />
      <Text>{numberUnits[fact]}</Text>
    </View>
  )
}

const kindOptions = Object.entries(disabilityKindLabels).map(([value, label]) => ({ value, label }))
const gradeOptions: AnswerOption[] = [
  ...Object.entries(disabilityGradeLabels).map(([grade, label]) => ({ value: grade, label })),
  { value: 'none', label: '还没有残疾证' },
]

/** Whether the child has a disability; if so its kind, then the grade on the certificate (or none yet). */
function DisabilityAnswer({ value, onChange }: Props) {
  const current = value as Disability | undefined
  const [has, setHas] = useState<boolean | undefined>(current === undefined ? undefined : current !== null)
  const [kind, setKind] = useState<DisabilityKind | undefined>(current?.kind)
  const [grade, setGrade] = useState<string | undefined>(current ? (current.grade === null ? 'none' : String(current.grade)) : undefined)

  function emit(nextHas: boolean | undefined, nextKind: DisabilityKind | undefined, nextGrade: string | undefined) {
    setHas(nextHas)
    setKind(nextKind)
    setGrade(nextGrade)
    if (nextHas === false) return onChange(null)
    if (!nextHas || !nextKind || !nextGrade) return onChange(undefined)
    onChange({ kind: nextKind, grade: nextGrade === 'none' ? null : (Number(nextGrade) as 1 | 2 | 3 | 4) })
  }

  return (
    <View>
      <Choices
        id='question-disability'
        options={[{ value: 'none', label: '没有残疾' }, { value: 'has', label: '有残疾' }]}
        value={has === undefined ? undefined : has ? 'has' : 'none'}
        onChange={(choice) => emit(choice === 'has', kind, grade)}
      />
      {has && (
        <>
          <Text className='field-label'>残疾类别</Text>
          <Choices id='question-disability-kind' options={kindOptions} value={kind} onChange={(k) => emit(true, k as DisabilityKind, grade)} />
          <Text className='field-label'>残疾证上的等级</Text>
          <Choices id='question-disability-grade' options={gradeOptions} value={grade} onChange={(g) => emit(true, kind, g as string)} />
        </>
      )}
    </View>
  )
}

/** One question with the answer control its fact needs: choices, a number, or the disability pair. */
export default function QuestionField(props: Props) {
  const { block, fact, value, error, onChange } = props
  const options = answerOptions[fact]
  return (
    <View id={`question-${fact}-block`} className={`question card ${block}__card`}>
      <Text className={`${block}__title`}>{factQuestions[fact]}</Text>
      {fact === 'disability' ? (
        <DisabilityAnswer {...props} />
      ) : options ? (
        <Choices id={`question-${fact}`} options={options} value={value} onChange={onChange} />
      ) : (
        <NumberAnswer {...props} />
      )}
      {error && <Text id={`question-${fact}-error`} className='form-error'>{error}</Text>}
    </View>
  )
}
