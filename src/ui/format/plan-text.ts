// A plan's purpose and what it creates in the reader's language. The plan carries English (what JSON, the
// ledger and the clean-up keep) and a catalog message keyed by its id; a plan without one, or with a key no
// catalog knows yet, keeps its English words.
import type { Plan, PlanMessage } from '../../contracts/plan.js';
import { CATALOGS, type MessageKey, type Translate } from '../../i18n/index.js';

const said = (t: Translate, m: PlanMessage | undefined, english: string): string =>
  m && m.key in CATALOGS.en ? t(m.key as MessageKey, m.values) : english;

export const planPurpose = (t: Translate, plan: Plan): string => said(t, plan.purposeMessage, plan.purpose);

export const planCreates = (t: Translate, plan: Plan): string | undefined =>
  plan.creates === undefined ? undefined : said(t, plan.createsMessage, plan.creates);
