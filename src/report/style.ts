// Semantic colours for text reports: on only for a terminal, never with NO_COLOR or --no-color.
export interface Style {
  readonly heading: (s: string) => string;
  readonly cause: (s: string) => string;
  readonly good: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly command: (s: string) => string;
  readonly warn: (s: string) => string;
}

const sgr = (open: string, close: string) => (s: string): string => `\u001B[${open}m${s}\u001B[${close}m`;
const plain = (s: string): string => s;

export const PLAIN: Style = { heading: plain, cause: plain, good: plain, dim: plain, command: plain, warn: plain };
export const COLOUR: Style = {
  heading: sgr('1', '22'),
  cause: sgr('1;31', '22;39'),
  good: sgr('32', '39'),
  dim: sgr('2', '22'),
  command: sgr('36', '39'),
  warn: sgr('33', '39'),
};

export function useColour(wanted: boolean, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return wanted && stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
}

export const styleFor = (colour: boolean): Style => (colour ? COLOUR : PLAIN);
