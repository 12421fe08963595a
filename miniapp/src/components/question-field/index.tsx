import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../tappable'
import { Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import './index.scss'
import { answerOptions, disabilityGradeLabels, numberUnits, type AnswerOption } from '@ccs/shared/applications/fact-answers'
import { disabilityKindLabels, factQuestions, type ChildFacts, type DisabilityKind, type FactName } from '@ccs/shared/rules/child-facts'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { lostContactLongEnough, lostContactSinceFacts } from '@ccs/shared/rules/lost-contact'
import { valueIn } from '@ccs/shared/rules/parameters'
import { appParameters } from '../../lib/app-parameters'

type Disability = ChildFacts['disability']

interface Props {
  /** The page's style block (family, services), whose `__card` and `__title` it uses. */
  block: string
  fact: FactName
  value: unknown
  error?: string
  /** Whose figures apply (the 失联 months); the national definition where no place is known. */
  regionCode?: string
  onChange(value: unknown): void
}

const optionId = (value: AnswerOption['value']) => (value === true ? 'yes' : value === false ? 'no' : value)

function Choices({ id, options, value, className, onChange }: { id: string; options: AnswerOption[]; value: unknown; className?: string; onChange(value: unknown): void }) {
  return (
    <View className={className ?? (options.length <= 3 ? 'choice-row' : '')}>
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

const parentOf = { fatherLostContactSince: ['father', '父亲'], motherLostContactSince: ['mother', '母亲'] } as const
const isLostContactSince = (fact: FactName): fact is keyof typeof parentOf => fact in parentOf

/**
 * Since when a parent answered 失联 is out of contact: this year or last year, then the month; the oldest choice
 * ("…年或更早") needs no month, as it is past any count of months. Once chosen, the screen says at once whether it
 * counts as 失联 yet, and if not, the day it will (the rule's own words, lost-contact.ts).
 */
function LostContactSinceAnswer({ fact, value, regionCode, onChange }: Props) {
  const today = toIsoDate(new Date())
  const thisYear = Number(today.slice(0, 4))
  const since = typeof value === 'string' ? value : undefined
  const [year, setYear] = useState<number | undefined>(since === undefined ? undefined : Number(since.slice(0, 4)))
  const [parent, who] = parentOf[fact as keyof typeof parentOf]
  const earliest = thisYear - 2
  const yearOptions: AnswerOption[] = [
    { value: String(thisYear), label: `${thisYear}年` },
    { value: String(thisYear - 1), label: `${thisYear - 1}年` },
    { value: String(earliest), label: `${earliest}年或更早` },
  ]
  const months = Array.from({ length: year === thisYear ? Number(today.slice(5, 7)) : 12 }, (_, index) => index + 1)
  const minMonths = valueIn(appParameters(regionCode ?? undefined), 'definitions.lost_contact_min_months', regionCode ?? '00', today)
  const finding = since === undefined ? null : lostContactLongEnough({ [lostContactSinceFacts[parent]]: since }, parent, who, today, minMonths)

  return (
    <View>
      <Choices
        id={`question-${fact}-year`}
        options={yearOptions}
        value={year === undefined ? undefined : String(Math.max(year, earliest))}
        onChange={(chosen) => {
          const picked = Number(chosen)
          setYear(picked)
          onChange(picked === earliest ? String(earliest) : undefined)
        }}
      />
      {year !== undefined && year > earliest && (
        <>
          <Text className='field-label'>{year}年几月起联系不上</Text>
          <Choices
            id={`question-${fact}-month`}
            className='month-grid'
            options={months.map((month) => ({ value: `${year}-${String(month).padStart(2, '0')}`, label: `${month}月` }))}
            value={since}
            onChange={onChange}
          />
        </>
      )}
      {finding && finding.holds !== 'unknown' && (
        <Text id={`question-${fact}-note`} className={finding.holds ? 'field-label' : 'question__note'}>
          {finding.reasons[0]!.text}
        </Text>
      )}
    </View>
  )
}

/** One question with the answer control its fact needs: choices, a number, a month, or the disability pair. */
export default function QuestionField(props: Props) {
  const { block, fact, value, error, onChange } = props
  const options = answerOptions[fact]
  return (
    <View id={`question-${fact}-block`} className={`question card ${block}__card`}>
      <Text className={`${block}__title`}>{factQuestions[fact]}</Text>
      {fact === 'disability' ? (
        <DisabilityAnswer {...props} />
      ) : isLostContactSince(fact) ? (
        <LostContactSinceAnswer {...props} />
      ) : options ? (
        <Choices id={`question-${fact}`} options={options} value={value} onChange={onChange} />
      ) : (
        <NumberAnswer {...props} />
      )}
      {error && <Text id={`question-${fact}-error`} className='form-error'>{error}</Text>}
    </View>
  )
}
