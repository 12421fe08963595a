import {
  disabilityKindLabels,
  factQuestions,
  parentSituationLabels,
  schoolingLabels,
  type ChildFacts,
  type FactName,
} from '@ccs/shared/rules/child-facts'
import type { RegionRef } from '@ccs/shared/regions/region-schemas'
import { formatDate } from '../../../lib/format-date'

export interface FactLine {
  fact: FactName
  question: string
  answer: string
}

const yesNo = (value: boolean) => (value ? '是' : '否')
const yuanPerMonth = (value: number) => `每月 ${value} 元`

const assistanceLabels = { none: '都没有', minimumLiving: '享受低保', destituteSupport: '特困供养' } as const
const livingLabels = { institution: '集中养育（在儿童福利机构）', family: '社会散居（由亲属或家庭照料）' } as const
const householdLabels = { rural: '农村户口', urban: '城镇户口' } as const

/** Each fact's answer in the words of the family's question screens. */
function answerOf(facts: ChildFacts, fact: FactName, regionName: (code: string) => string): string | null {
  switch (fact) {
    case 'birthDate':
      return facts.birthDate ? formatDate(facts.birthDate) : null
    case 'father':
      return facts.father ? parentSituationLabels[facts.father] : null
    case 'mother':
      return facts.mother ? parentSituationLabels[facts.mother] : null
    case 'livingArrangement':
      return facts.livingArrangement ? livingLabels[facts.livingArrangement] : null
    case 'disability':
      if (facts.disability === undefined) return null
      if (facts.disability === null) return '没有残疾'
      return `${disabilityKindLabels[facts.disability.kind]}，${facts.disability.grade ? `${facts.disability.grade}级` : '还没有残疾证'}`
    case 'familyAssistance':
      return facts.familyAssistance ? assistanceLabels[facts.familyAssistance] : null
    case 'assistanceMonthly':
    case 'disabilityLivingSubsidyMonthly':
      return facts[fact] === undefined ? null : yuanPerMonth(facts[fact])
    case 'hukouRegion':
    case 'residenceRegion':
      return facts[fact] ? regionName(facts[fact]) : null
    case 'monthsAtResidence':
      return facts.monthsAtResidence === undefined ? null : `${facts.monthsAtResidence} 个月`
    case 'schooling':
      return facts.schooling ? schoolingLabels[facts.schooling] : null
    case 'household':
      return facts.household ? householdLabels[facts.household] : null
    case 'hivInfected':
    case 'livesWithGuardian':
    case 'residencePermit':
    case 'enrolled':
    case 'orphanedAsChild':
    case 'suddenHardship':
      return facts[fact] === undefined ? null : yesNo(facts[fact])
    case 'residentId':
      // Shown once, in the child's details at the top of the case page.
      return null
  }
}

/**
 * The family's answers as question and answer in plain Chinese, in the order of `factQuestions`.
 * Region codes read as names when they are the child's own places.
 */
export function factLines(facts: ChildFacts, places: (RegionRef | null)[]): FactLine[] {
  const names = new Map(places.filter((place): place is RegionRef => place !== null).map((place) => [place.code, place.name]))
  const regionName = (code: string) => names.get(code) ?? `地区代码 ${code}`
  return (Object.keys(factQuestions) as FactName[]).flatMap((fact) => {
    const answer = answerOf(facts, fact, regionName)
    return answer === null ? [] : [{ fact, question: factQuestions[fact], answer }]
  })
}
