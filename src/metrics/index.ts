// The watcher's Prometheus metrics (prom-client, one registry per watcher) and the small HTTP server that
// serves them with /healthz and /readyz; other routes (the Alertmanager receiver) are plugged in by the caller.
export { createWatchMetrics, type WatchMetrics } from './watch-metrics.js';
export { startMetricsServer, type MetricsServer, type Route } from './server.js';
