import type { Application } from '@ccs/shared/applications/application-schemas'
import { routingRules } from '@ccs/shared/applications/programme-routing'
import type { RuleContext } from '@ccs/shared/applications/question-pages'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { appParameters } from '../../../lib/app-parameters'

/** Today, and the region whose figures apply: where the programme's case is decided (hukou or residence village). */
export function ruleContextFor(programme: Application['programme'], child: Application['child']): RuleContext {
  const place = routingRules[programme].place
  const region = place === 'residence' ? (child.residenceRegion ?? child.hukouRegion) : child.hukouRegion
  return { date: toIsoDate(new Date()), regionCode: region.code, params: appParameters() }
}
