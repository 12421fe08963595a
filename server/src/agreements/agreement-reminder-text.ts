/** What a reminder says (plain Chinese; the parent may read it on a building site, the director on the workbench). */
export type ReminderEvent = 'agreementExpiring30' | 'agreementExpiring7' | 'agreementExpired';

export interface ReminderFacts {
  event: ReminderEvent;
  childNames: string;
  end: string;
  villageName: string;
}

export function parentReminderText({ event, childNames, end }: ReminderFacts): string {
  if (event === 'agreementExpired') {
    return `${childNames}的委托照护协议已于${end}到期。您如果还在外务工，请尽快和照护人重新签一份协议，交村里存档。`;
  }
  const days = event === 'agreementExpiring30' ? 30 : 7;
  return `${childNames}的委托照护协议将于${end}到期（还有${days}天）。请和照护人商量是否续签；续签请在小程序“委托照护协议”里新建一份。`;
}

export function directorReminderText({ event, childNames, end, villageName }: ReminderFacts): string {
  if (event === 'agreementExpired') return `${villageName}${childNames}的委托照护协议已于${end}到期，请了解孩子现在由谁照护，提醒家长重新签订。`;
  const days = event === 'agreementExpiring30' ? 30 : 7;
  return `${villageName}${childNames}的委托照护协议将于${end}到期（还有${days}天），请提醒家长续签。`;
}
