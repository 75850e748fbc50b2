// Prometheus alert rules over kube-state-metrics series: restart rate, sustained CrashLoopBackOff, OOM kills and
// pods stuck not starting, each naming the kubectl-crashcourse command to run. Pure: parameters in, rule data out.
export { parseDuration, formatDuration } from './duration.js';
export { alertRules, type AlertRuleParams, type RuleGroup, type AlertRule } from './rules.js';
export { renderRules, type RulesFormat } from './render.js';
