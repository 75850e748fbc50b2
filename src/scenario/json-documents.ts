// Concatenated JSON values, as `kubectl cluster-info dump` prints its lists one after another on stdout.

/** Each top-level `{…}` in `text` with the offset it starts at; text outside them is skipped. */
export function splitJsonDocuments(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      if (depth > 0) inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth++ === 0) start = i;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth > 0 && --depth === 0) out.push({ text: text.slice(start, i + 1), at: start });
    }
  }
  // An unclosed value is handed on whole, so the JSON parser names where it breaks off.
  if (depth > 0) out.push({ text: text.slice(start), at: start });
  return out;
}
