import type { Connection } from 'mongoose';
import { crossRegionRouting, crossRegionScope, routingRules, type ProgrammeId, type ReviewStatus } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { ChildDoc } from '../children/child-model';
import type { RoutingDoc } from './application-model';
import { villagePost } from './stage-holder';

export interface RoutedCase {
  routing: RoutingDoc;
  stage: ReviewStatus;
}

/**
 * Where a new application goes, with the reason written down: the programme's rule names the hukou or the
 * residence village; a village with no director goes to its township supervisor; a hukou place outside
 * this service (a village without a post, or a county or township from anywhere in China) goes to the residence
 * township, which hands the case over (跨省通办 when the provinces differ, 002 （九）).
 */
export async function routeApplication(db: Connection, child: ChildDoc, programme: ProgrammeId): Promise<RoutedCase> {
  const rule = routingRules[programme];
  const village = rule.place === 'residence' ? (child.residenceRegion ?? child.hukouRegion) : child.hukouRegion;
  const post = await villagePost(db, village);
  if (post) {
    const noDirector = post.role === 'childSupervisor' ? '；本村（社区）暂无儿童主任，由乡镇（街道）儿童督导员受理' : '';
    return {
      routing: { regionCode: village, place: rule.place, crossRegion: false, reason: rule.reason + noDirector, source: rule.source },
      stage: 'villageVerification',
    };
  }
  const residence = child.residenceRegion;
  if (rule.place === 'hukou' && residence && (await villagePost(db, residence))) {
    return {
      routing: { regionCode: residence, place: 'residence', crossRegion: true, ...crossRegionRouting(crossRegionScope(child.hukouRegion, residence)) },
      stage: 'crossRegionHandover',
    };
  }
  throw new AppError('OUTSIDE_SERVICE_AREA', { detail: `no post serves ${village}` });
}
