// Reading a cluster: the live reader over the API server and the offline reader over scenario files,
// both behind the ClusterReader port and both failing with ClusterError.
export { openLiveReader, LiveReader, type LiveReaderHandle } from './live-reader.js';
export { openOfflineReader, ScenarioReader, type OfflineReader } from './offline-reader.js';
export { requestTimeoutMs, DEFAULT_TIMEOUT_MS, configureRequestTimeout, parseDuration, formatMs } from './request-timeout.js';
export { redactSecret } from './redact-secret.js';
