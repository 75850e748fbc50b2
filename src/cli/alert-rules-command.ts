// `alert-rules [--restarts N] [--window D] [--for D] [-o yaml|crd]`: print Prometheus alert rules over
// kube-state-metrics that point at the diagnosis. Nothing is read or changed: the output is for a rules file.
// The annotations follow --lang (then LC_ALL/LANG): they are what the person paged reads.
import { alertRules, parseDuration, renderRules, type RulesFormat } from '../alerts/index.js';
import type { Locale } from '../i18n/locale.js';
import { createTranslator } from '../i18n/translate.js';
import { userError } from '../i18n/user-error.js';

export interface AlertRulesOptions {
  readonly restarts: number;
  readonly window: string;
  readonly for: string;
  readonly output: RulesFormat;
  readonly runbookUrl?: string;
  readonly name: string;
  /** The language of the annotations a person reads when an alert fires. */
  readonly locale?: Locale;
}

// A Kubernetes object name (the CRD's metadata.name): DNS-1123 subdomain.
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

export function runAlertRules(options: AlertRulesOptions): number {
  const windowMs = parseDuration(options.window);
  if (windowMs === undefined) throw userError('out.alertRules.window', { value: options.window }, 2);
  const sustainedMs = parseDuration(options.for);
  if (sustainedMs === undefined) throw userError('out.alertRules.for', { value: options.for }, 2);
  if (options.runbookUrl !== undefined && !/^https?:\/\/[^\s"'{}]+$/.test(options.runbookUrl)) {
    throw userError('out.alertRules.runbookUrl', {}, 2);
  }
  if (!DNS_SUBDOMAIN.test(options.name)) throw userError('out.alertRules.name', { value: options.name }, 2);
  const groups = alertRules({ restarts: options.restarts, windowMs, sustainedMs, ...(options.runbookUrl ? { runbookUrl: options.runbookUrl } : {}) },
    createTranslator(options.locale ?? 'en'));
  process.stdout.write(renderRules(groups, options.output, options.name));
  return 0;
}
