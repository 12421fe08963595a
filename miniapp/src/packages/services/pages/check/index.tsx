import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { FactName } from '@ccs/shared/rules/child-facts'
import { checkQuestionPages, checkQuestionsOnPage } from '@ccs/shared/services/check-questions'
import type { CheckAnswers } from '@ccs/shared/services/entitlement-check'
import QuestionField from '../../../../components/question-field'
import { saveCheckHandover, type PickedRegion } from '../../../../lib/check-handover'
import AgeOrBirthDate from '../../components/age-or-birth-date'
import RegionChoice from '../../components/region-choice'
import { clearStoredCheck, loadStoredCheck, saveStoredCheck, type StoredCheck } from '../../lib/check-answers'
import { loadServiceRegion } from '../../lib/service-region'
import { answersToCarry } from '../../lib/answers-to-carry'
import CheckResults from './check-results'
import '../../services.scss'
import PageFrame from '../../../../components/page-frame'
import StepTitle from '../../../../components/step-title'

/** Questions the family must answer before the results mean anything: where and how old. */
const required = new Set<FactName>(['birthDate', 'hukouRegion', 'residenceRegion'])

/** A new check, living where the family said they live on the services page. */
function freshCheck(): StoredCheck {
  const residence = loadServiceRegion()
  return { answers: residence ? { residenceRegion: residence.code } : {}, hukou: null, residence, screen: checkQuestionPages[0].id }
}

/**
 * 权益自测: a few short screens (where the child lives, how old, the parents, the family's situation), then
 * what the child can use here. Nothing is sent: the answers stay on the phone until the family applies.
 */
export default function CheckPage() {
  const [check, setCheck] = useState<StoredCheck>(() => loadStoredCheck() ?? freshCheck())
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const { answers, screen } = check
  const pageIndex = checkQuestionPages.findIndex((page) => page.id === screen)
  const page = checkQuestionPages[pageIndex]
  const shown = page ? checkQuestionsOnPage(page.id, answers) : []

  useEffect(() => saveStoredCheck(check), [check])

  function update(change: Partial<StoredCheck>) {
    setCheck((current) => ({ ...current, ...change }))
  }

  function answer(change: Partial<CheckAnswers>) {
    setCheck((current) => ({ ...current, answers: { ...current.answers, ...change } }))
    setErrors({})
  }

  function place(which: 'hukou' | 'residence', region: PickedRegion | null) {
    const fact = which === 'hukou' ? 'hukouRegion' : 'residenceRegion'
    setCheck((current) => ({ ...current, [which]: region, answers: { ...current.answers, [fact]: region?.code } }))
    setErrors({})
  }

  function go(screenId: string) {
    update({ screen: screenId })
  }

  function next() {
    const missing = shown.filter((fact) => required.has(fact) && !answered(fact))
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((fact) => [fact, fact === 'birthDate' ? '请填出生日期或几岁' : '请选到县（区）一级'])))
      return
    }
    go(checkQuestionPages[pageIndex + 1]?.id ?? 'results')
  }

  function answered(fact: FactName): boolean {
    if (fact === 'birthDate') return answers.birthDate !== undefined || answers.ageYears !== undefined
    return answers[fact] !== undefined
  }

  function restart() {
    clearStoredCheck()
    setCheck(freshCheck())
  }

  if (screen === 'results' || !page) {
    return (
      <CheckResults
        check={check}
        onChange={() => go(checkQuestionPages[0].id)}
        onRestart={restart}
        onApply={(programme) => {
          const described = { birthDate: answers.birthDate, ageYears: answers.ageYears }
          saveCheckHandover({ programme, facts: answersToCarry(answers), hukou: check.hukou, residence: check.residence, described })
          void Taro.navigateTo({ url: '/packages/family/pages/apply/index?from=check' })
        }}
      />
    )
  }

  return (
    <PageFrame id={`check-screen-${page.id}`} className='services' onBack={pageIndex > 0 ? () => go(checkQuestionPages[pageIndex - 1]!.id) : undefined}>
      <Text className='services__step'>
        第 {pageIndex + 1} 步，共 {checkQuestionPages.length} 步 · 不用登录，答案只留在您的手机上
      </Text>
      <StepTitle key={page.id} id='check-title'>{page.title}</StepTitle>
      {shown.map((fact) => {
        if (fact === 'birthDate') {
          return <AgeOrBirthDate key={fact} birthDate={answers.birthDate} ageYears={answers.ageYears} error={errors.birthDate} onChange={(change) => answer({ birthDate: undefined, ageYears: undefined, ...change })} />
        }
        if (fact === 'hukouRegion' || fact === 'residenceRegion') {
          const which = fact === 'hukouRegion' ? 'hukou' : 'residence'
          return (
            <View key={fact} id={`question-${fact}-block`} className='question card services__card'>
              <Text className='services__title'>{fact === 'hukouRegion' ? '孩子的户口在哪里？' : '孩子现在住在哪里？'}</Text>
              <Text className='services__line muted'>选到县（区）就可以{fact === 'residenceRegion' ? '；选到村（社区），申请时就不用再选' : ''}。</Text>
              <RegionChoice
                id={`check-${which}`}
                startCode={fact === 'residenceRegion' ? '52' : undefined}
                minLevel={3}
                value={check[which]}
                onChange={(region) => place(which, region)}
              />
              {errors[fact] && <Text id={`question-${fact}-error`} className='form-error'>{errors[fact]}</Text>}
            </View>
          )
        }
        return <QuestionField key={fact} block='services' fact={fact} value={answers[fact]} onChange={(value) => answer({ [fact]: value })} />
      })}
      <Text className='services__line muted'>不清楚的问题可以先不选，结果里会告诉您还要确认什么。</Text>
      <Button id='check-next' className='services__button' type='primary' size='xlarge' block onClick={next}>
        {pageIndex + 1 < checkQuestionPages.length ? '下一步' : '看结果'}
      </Button>
      {pageIndex > 0 && (
        <Tappable id='check-back' className='text-link' onClick={() => go(checkQuestionPages[pageIndex - 1]!.id)}>
          上一步
        </Tappable>
      )}
    </PageFrame>
  )
}
