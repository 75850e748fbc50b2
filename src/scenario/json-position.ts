// JSON.parse reports a character offset (Node 20) or a line and column (Node 22+); users want a line.

/** The 1-based line of a JSON.parse error in `text`, or undefined when the message carries no position. */
export function jsonErrorLine(error: unknown, text: string): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position?.[1]) return lineAt(text, Number(position[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineAt(text, text.length);
  return undefined;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
