import type { IsoDate } from '../calendar/iso-date';
import { crossRegionWords, type CrossRegionScope } from '../regions/cross-region-scope';

interface HandoverFacts {
  scope: CrossRegionScope;
  officeName: string;
  answerDue: IsoDate;
  reference: string | null;
}

const monthDay = (date: IsoDate) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * What the family's timeline says about a case sent to its hukou place, in plain words: where it went and by when
 * they answer, what they answered, or that they did not answer in time. "跨省" only when the provinces differ
 * (`crossRegionWords`). Undefined for any other step, which keeps its usual label.
 */
export function handoverEventLabel(event: string, fromStatus: string | null, handover: HandoverFacts): string | undefined {
  const office = `户籍地（${handover.officeName}）`;
  switch (event) {
    case 'handOver':
      return `${crossRegionWords[handover.scope].handling}：已转交${office}办理，户籍地应于${monthDay(handover.answerDue)}前答复`;
    case 'hukouAccept':
      return `${office}已受理，受理编号 ${handover.reference}，后续由户籍地办理`;
    case 'hukouRefuse':
      return `${office}未受理`;
    case 'overdue':
      return fromStatus === 'handedOver' ? `${office}未在${monthDay(handover.answerDue)}前答复，已提醒上级督办` : undefined;
    default:
      return undefined;
  }
}
