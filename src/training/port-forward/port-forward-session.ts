// port-forward over SPDY (portforward.k8s.io): for every local connection kubectl opens an error stream and a data
// stream, both carrying the `port` and a shared `requestID`. Once both are there, the connection is answered (an
// HTTP response on the data stream) or refused (the reason on the error stream); then both streams end.
import type { Pod } from '../../k8s/index.js';
import { headerValue, RstStatus, type SpdyHandlers, type SpdyStream } from '../spdy/index.js';
import { answerFor, httpResponse } from './port-answer.js';

export const PORT_FORWARD_PROTOCOL = 'portforward.k8s.io';

// An HTTP request head larger than this is not one a trainee typed; answer what arrived.
const MAX_REQUEST_BYTES = 64 * 1024;

interface Pair {
  data?: SpdyStream;
  error?: SpdyStream;
}

export function portForwardHandlers(pod: () => Pod | undefined): SpdyHandlers {
  const pairs = new Map<string, Pair>();
  const stream = (s: SpdyStream): void => {
    const type = headerValue(s.headers, 'streamtype');
    const id = headerValue(s.headers, 'requestid') ?? '';
    const port = Number(headerValue(s.headers, 'port'));
    if ((type !== 'data' && type !== 'error') || !Number.isInteger(port) || port < 1 || port > 65535) {
      s.reset(RstStatus.protocolError);
      return;
    }
    const pair = pairs.get(id) ?? {};
    if (pair[type]) {
      s.reset(RstStatus.protocolError);
      return;
    }
    pair[type] = s;
    pairs.set(id, pair);
    if (pair.data && pair.error) {
      pairs.delete(id);
      forward(pod(), port, pair.data, pair.error);
    }
  };
  return { stream };
}

function forward(pod: Pod | undefined, port: number, data: SpdyStream, error: SpdyStream): void {
  error.consume({ data: () => undefined, end: () => undefined });
  const done = (): void => {
    data.end();
    error.end();
  };
  const answer = pod ? answerFor(pod, port) : { kind: 'refused' as const, message: `pod is gone: nothing listens on port ${port}` };
  if (answer.kind === 'refused' || !pod) {
    error.write(answer.kind === 'refused' ? answer.message : '');
    data.consume({ data: () => undefined, end: () => undefined });
    done();
    return;
  }
  let request = '';
  let answered = false;
  const respond = (): void => {
    if (answered) return;
    answered = true;
    data.write(httpResponse(pod, answer.container, port, request));
    done();
  };
  data.consume({
    data: (chunk) => {
      request += chunk.toString('latin1');
      if (request.includes('\r\n\r\n') || request.length > MAX_REQUEST_BYTES) respond();
    },
    end: respond,
  });
}
