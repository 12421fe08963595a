import type { Connection } from 'mongoose';
import { amountOrNotEntered, formatYuan, paymentStart, toIsoDate, type Amount, type FigureEntry, type FigurePreview, type Parameter, type ParameterSet } from '@ccs/shared';
import { applicationModel } from '../applications/application-model';
import { programmeOf } from '../applications/application-view';
import type { Principal } from '../http/app-state';
import { checkFigureEntry } from './check-figure-entry';
import { loadParameterSet } from './load-parameter-set';

/** Cases on their way to the county's approval, with the family (returned) or with staff. */
const awaitingApproval = ['villageVerification', 'townshipReview', 'countyApproval', 'returned'] as const;
const examplesShown = 5;

/**
 * What a new value would change, before it is saved: each open case of the region is worked out as approval today
 * would fix it (`fixGrant`: the amount in the first month paid), with the figures as they are and with the new
 * value added; the cases whose amount differs are counted, a few named by reference. Approved grants are figures
 * fixed at approval (ARCHITECTURE "Grants are figures"), so they are only counted as unaffected.
 */
export async function previewFigure(db: Connection, principal: Principal, name: string, entry: FigureEntry, now = new Date()): Promise<FigurePreview> {
  checkFigureEntry(principal, name, entry);
  const current = await loadParameterSet(db);
  const stored = current[name]!;
  const proposed: ParameterSet = { ...current, [name]: withValue(stored, entry) };
  const inRegion = ({ routing }: { routing: { regionCode: string } | null }) => routing?.regionCode.startsWith(entry.regionCode) ?? false;
  const Applications = applicationModel(db);
  const open = (
    await Promise.all(awaitingApproval.map((status) => Applications.find({ status }, { reference: 1, programme: 1, facts: 1, routing: 1 }).lean()))
  ).flat().filter(inRegion);
  const approved = (await Applications.find({ status: 'approved' }, { routing: 1 }).lean()).filter(inRegion);

  const today = toIsoDate(now);
  const changed = open.flatMap((doc) => {
    // Temporary assistance is a sum staff set case by case, not a figure.
    if (doc.programme === 'temporaryAssistance') return [];
    const region = doc.routing!.regionCode;
    const amountWith = (params: ParameterSet) => amountOrNotEntered(programmeOf(doc.programme), doc.facts, paymentStart(today, region, params), region, params);
    const before = figureText(amountWith(current));
    const after = figureText(amountWith(proposed));
    return before === after ? [] : [{ reference: doc.reference, before, after }];
  });
  return {
    name,
    regionCode: entry.regionCode,
    effectiveFrom: entry.effectiveFrom,
    value: entry.value,
    open: open.length,
    changed: changed.length,
    examples: changed.slice(0, examplesShown),
    approvedUnaffected: approved.length,
  };
}

/** The stored figure with the new value added for its region and date, as saving it would make it. */
function withValue(parameter: Parameter, entry: FigureEntry): Parameter {
  const values = { ...parameter.values, [entry.regionCode]: { ...parameter.values[entry.regionCode], [entry.effectiveFrom]: entry.value } };
  const confirmed = { ...parameter.confirmed, [entry.regionCode]: [...(parameter.confirmed?.[entry.regionCode] ?? []), entry.effectiveFrom] };
  return { ...parameter, values, confirmed };
}

/** An amount as the preview names it, without the programme (a need-to-know case's name stays with the county officers). */
function figureText(amount: Amount): string {
  if (amount.monthly !== undefined) return `每月 ${formatYuan(amount.monthly)} 元`;
  if (amount.perSchoolYear !== undefined) return `每学年 ${formatYuan(amount.perSchoolYear)} 元`;
  if (amount.perYear !== undefined) return `每年 ${formatYuan(amount.perYear)} 元`;
  return amount.missingFacts?.length ? '还缺少情况，暂时算不出' : '标准未录入，不能批准';
}
