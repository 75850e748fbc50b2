// The in-cluster watcher: list+watch pods, diagnose each newly failing pod once with the ordinary analysis,
// de-duplicate per workload and cause, and publish (Event, JSON line, webhook) through ./effects.
export { runWatcher, type WatcherOptions, type Watcher } from './watcher.js';
