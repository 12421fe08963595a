import { describeAnswer } from '@ccs/shared/applications/fact-answers'
import { factQuestions, type ChildFacts, type FactName } from '@ccs/shared/rules/child-facts'
import type { RegionRef } from '@ccs/shared/regions/region-schemas'
import { formatDate } from '../../../lib/format-date'

export interface FactLine {
  fact: FactName
  question: string
  answer: string
}

/**
 * The family's answers as question and answer, in the very words of the family's check screen (`describeAnswer`),
 * in the order of `factQuestions`. Dates read as dates and the child's own places by name; the ID number is left
 * out, as the case page shows it once at the top.
 */
export function factLines(facts: ChildFacts, places: (RegionRef | null)[]): FactLine[] {
  const names = new Map(places.filter((place): place is RegionRef => place !== null).map((place) => [place.code, place.name]))
  const answerOf = (fact: FactName): string | null => {
    const value = facts[fact]
    if (value === undefined || fact === 'residentId') return null
    if (fact === 'birthDate') return formatDate(value as string)
    if (fact === 'hukouRegion' || fact === 'residenceRegion') return names.get(value as string) ?? `地区代码 ${value as string}`
    return describeAnswer(fact, value as never)
  }
  return (Object.keys(factQuestions) as FactName[]).flatMap((fact) => {
    const answer = answerOf(fact)
    return answer === null ? [] : [{ fact, question: factQuestions[fact], answer }]
  })
}
