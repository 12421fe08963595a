import { prefilledFacts } from '@ccs/shared/applications/question-pages'
import type { ChildFacts } from '@ccs/shared/rules/child-facts'
import { childFactsSchema } from '@ccs/shared/rules/child-facts-schema'
import type { CheckAnswers } from '@ccs/shared/services/entitlement-check'

/**
 * What an application takes over from the check: its answers without what the child record itself says (birth
 * date, places) or only the check asks (age), as the facts schema reads them. Worked out here, where the check has
 * zod loaded anyway, so that the apply page opens without it.
 */
export function answersToCarry(answers: CheckAnswers): ChildFacts {
  const carried: Record<string, unknown> = { ...answers }
  for (const fact of [...prefilledFacts, 'ageYears']) delete carried[fact]
  const parsed = childFactsSchema.safeParse(carried)
  return parsed.success ? parsed.data : {}
}
