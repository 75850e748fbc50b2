// `alert-rules [--restarts N] [--window D] [--for D] [-o yaml|crd]`: print Prometheus alert rules over
// kube-state-metrics that point at the diagnosis. Nothing is read or changed: the output is for a rules file.
import { alertRules, parseDuration, renderRules, type RulesFormat } from '../alerts/index.js';
import { usageError } from '../errors.js';

export interface AlertRulesOptions {
  readonly restarts: number;
  readonly window: string;
  readonly for: string;
  readonly output: RulesFormat;
  readonly runbookUrl?: string;
  readonly name: string;
}

// A Kubernetes object name (the CRD's metadata.name): DNS-1123 subdomain.
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

export function runAlertRules(options: AlertRulesOptions): number {
  const windowMs = parseDuration(options.window);
  if (windowMs === undefined) throw usageError(`--window must be a Prometheus duration such as 4m or 1h30m, not "${options.window}"`);
  const sustainedMs = parseDuration(options.for);
  if (sustainedMs === undefined) throw usageError(`--for must be a Prometheus duration such as 15m, not "${options.for}"`);
  if (options.runbookUrl !== undefined && !/^https?:\/\/[^\s"'{}]+$/.test(options.runbookUrl)) {
    throw usageError('--runbook-url must be an http(s) URL without spaces, quotes or braces');
  }
  if (!DNS_SUBDOMAIN.test(options.name)) throw usageError(`--name must be a lower-case Kubernetes name, not "${options.name}"`);
  const groups = alertRules({ restarts: options.restarts, windowMs, sustainedMs, ...(options.runbookUrl ? { runbookUrl: options.runbookUrl } : {}) });
  process.stdout.write(renderRules(groups, options.output, options.name));
  return 0;
}
