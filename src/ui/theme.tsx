// Semantic colour tokens: screens say what a piece of text IS (a warning, the selection), the theme says how it
// looks. With NO_COLOR or --no-color every token renders without colour; emphasis falls back to bold/inverse.
import { createContext, useContext, type ReactNode } from 'react';

export type Token = 'heading' | 'accent' | 'muted' | 'warning' | 'danger' | 'ok' | 'selected' | 'command' | 'key';

interface TextStyle {
  readonly color?: string;
  readonly bold?: boolean;
  readonly dimColor?: boolean;
  readonly inverse?: boolean;
}

const COLOURED = {
  heading: { color: 'cyan', bold: true },
  accent: { color: 'cyan' },
  muted: { dimColor: true },
  warning: { color: 'yellow' },
  danger: { color: 'red', bold: true },
  ok: { color: 'green' },
  selected: { color: 'black', inverse: true },
  command: { color: 'green' },
  key: { color: 'magenta', bold: true },
} as const satisfies Record<Token, TextStyle>;

const PLAIN = {
  heading: { bold: true },
  accent: {},
  muted: {},
  warning: { bold: true },
  danger: { bold: true },
  ok: {},
  selected: { inverse: true },
  command: {},
  key: { bold: true },
} as const satisfies Record<Token, TextStyle>;

export type Theme = (token: Token) => TextStyle;

const ThemeContext = createContext<Theme>((token) => COLOURED[token]);

export function ThemeProvider({ color, children }: { readonly color: boolean; readonly children: ReactNode }) {
  const theme: Theme = color ? (token) => COLOURED[token] : (token) => PLAIN[token];
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export const useTheme = (): Theme => useContext(ThemeContext);
