import type { Application } from '@ccs/shared/applications/application-schemas'
import { routingRules } from '@ccs/shared/applications/programme-routing'
import type { RuleContext } from '@ccs/shared/applications/question-pages'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { appParameters } from '../../../lib/app-parameters'

/** The region whose figures apply to a programme: where its case is decided (hukou or residence village). */
export function figureRegionOf(programme: Application['programme'], child: Application['child']): string {
  const place = routingRules[programme].place
  return (place === 'residence' ? (child.residenceRegion ?? child.hukouRegion) : child.hukouRegion).code
}

/** Today, that region, and its figures as the API last gave them (`appParameters`). */
export function ruleContextFor(programme: Application['programme'], child: Application['child']): RuleContext {
  const regionCode = figureRegionOf(programme, child)
  return { date: toIsoDate(new Date()), regionCode, params: appParameters(regionCode) }
}
