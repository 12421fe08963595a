import { disabilityCertificate } from './disability-certificate';
import { flatMonthlyStandard } from './flat-monthly-standard';
import { toEligibility, type Programme } from './programme';
import { disabilityDocument, hukouBook } from './required-documents';

/**
 * 重度残疾人护理补贴 (000 第四章第六节): grade 1 or 2 disability of any kind, or grade 3 or 4 mental or
 * intellectual disability (autism is certified as mental disability). No income test. May be received
 * together with 困难残疾人生活补贴 and the rehabilitation training subsidy.
 */
export const severeDisabilityCareSubsidy: Programme<'severeDisabilityCareSubsidy'> = {
  id: 'severeDisabilityCareSubsidy',
  name: '重度残疾人护理补贴',
  eligibility: (facts) =>
    toEligibility(
      disabilityCertificate(
        facts,
        (kind, grade) => grade <= 2 || kind === 'mental' || kind === 'intellectual' || kind === 'autism',
        '护理补贴给一级、二级残疾和三级、四级精神、智力残疾',
      ),
    ),
  amount: (_facts, date, regionCode, params) =>
    flatMonthlyStandard(params, 'benefits.disability_subsidies.severe_disability_care_amount', '重度残疾人护理补贴', '可与困难残疾人生活补贴同时享受', regionCode, date),
  requiredDocuments: (facts) => [hukouBook, ...disabilityDocument(facts)],
};
