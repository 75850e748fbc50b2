// Both readers ask for one line more than wanted: getting it back is how we know the log was longer
// (the API does not say). Trimming to the wanted tail happens here, on bytes, before any decoding.
export interface TailRequest {
  readonly tailLines?: number;
  readonly limitBytes?: number;
}

/** What to ask the source for, given what the caller wants. */
export function widenedRequest(want: TailRequest): TailRequest {
  return {
    ...(want.tailLines !== undefined ? { tailLines: want.tailLines + 1 } : {}),
    ...(want.limitBytes !== undefined ? { limitBytes: want.limitBytes } : {}),
  };
}

/** Cut the widened answer back to the wanted tail and say whether anything was left out. */
export function trimTail(bytes: Buffer, want: TailRequest, cutByBytes: boolean): { bytes: Buffer; truncated: boolean } {
  let out = bytes;
  let truncated = cutByBytes || (want.limitBytes !== undefined && bytes.length >= want.limitBytes);
  if (want.tailLines !== undefined) {
    let lines = 0;
    const end = out.length > 0 && out[out.length - 1] === 0x0a ? out.length - 1 : out.length;
    let start = 0;
    for (let i = end - 1; i >= 0; i--) {
      if (out[i] === 0x0a) {
        lines++;
        if (lines === want.tailLines) {
          start = i + 1;
          break;
        }
      }
    }
    if (start > 0) {
      out = out.subarray(start);
      truncated = true;
    }
  }
  return { bytes: out, truncated };
}
