// `--help` in the reader's language. The English lives beside each command in main.ts; catalogs/cli holds it again
// under `usage.*` keys for translators, and test/i18n/help-catalog.test.ts fails when the two differ or a key is
// missing. Options every command shares (--namespace, --context, …) have one shared key. Commander's own words
// (headings, "default:", the help option) are replaced, and lines are wrapped by terminal columns, since a
// Chinese or Japanese character takes two.
import { type Argument, type Command, Help, type Option } from 'commander';
import { DEFAULT_TIMEOUT_MS } from '../cluster/request-timeout.js';
import { CATALOGS, createTranslator, displayWidth, ENGLISH, type Locale, type MessageKey, type Translate, wrapToWidth } from '../i18n/index.js';

/** The values help texts are formatted with (the default deadline is a figure in code, not in the catalog). */
export const HELP_VALUES = { seconds: DEFAULT_TIMEOUT_MS / 1000 } as const;

export interface HelpText {
  /** Where it is shown, for a test's message: "diagnose --lang", "class run <class-file>". */
  readonly where: string;
  /** The catalog key it is worded from, or undefined when no key holds exactly this English. */
  readonly key: string | undefined;
  readonly english: string;
  readonly apply: (text: string) => void;
}

export const commandPath = (cmd: Command): string[] => (cmd.parent ? [...commandPath(cmd.parent), cmd.name()] : []);

/** Every description of the command tree, paired with its catalog key. */
export function helpTexts(root: Command): HelpText[] {
  const out: HelpText[] = [];
  const visit = (cmd: Command): void => {
    const path = commandPath(cmd);
    const id = path.join('.') || 'root';
    const where = path.join(' ') || 'kubectl-crashcourse';
    const add = (candidates: string[], english: string, label: string, apply: (text: string) => void): void => {
      if (!english) return;
      const key = candidates.find((k) => k in CATALOGS.en && ENGLISH(k as MessageKey, HELP_VALUES) === english);
      out.push({ where: `${where} ${label}`.trim(), key, english, apply });
    };
    add([`usage.${id}`], cmd.description(), '', (text) => cmd.description(text));
    for (const opt of cmd.options as Option[]) {
      const name = (opt.long ?? opt.short ?? '').replace(/^-+/, '');
      add([`usage.${id}.opt.${name}`, `usage.opt.${name}`], opt.description, opt.flags, (text) => (opt.description = text));
    }
    for (const arg of cmd.registeredArguments as Argument[]) {
      add([`usage.${id}.arg.${arg.name()}`, `usage.arg.${arg.name()}`], arg.description, `<${arg.name()}>`, (text) => (arg.description = text));
    }
    for (const sub of cmd.commands) visit(sub);
  };
  visit(root);
  return out;
}

const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'usage.title.usage',
  'Arguments:': 'usage.title.arguments',
  'Options:': 'usage.title.options',
  'Commands:': 'usage.title.commands',
  'Global Options:': 'usage.title.globalOptions',
};

/** Rewords the whole tree in `locale`; English is left exactly as main.ts wrote it. */
export function localizeHelp(root: Command, locale: Locale): void {
  if (locale === 'en') return;
  const t = createTranslator(locale);
  for (const text of helpTexts(root)) if (text.key) text.apply(t(text.key as MessageKey, HELP_VALUES));
  const visit = (cmd: Command): void => {
    cmd.helpOption('-h, --help', t('usage.helpOption'));
    if (cmd.commands.length > 0) cmd.helpCommand('help [command]', t('usage.helpCommand'));
    cmd.configureHelp(localHelp(t));
    cmd.commands.forEach(visit);
  };
  visit(root);
}

function localHelp(t: Translate): Partial<Help> {
  const base = new Help();
  // Commander appends "(choices: …, default: …)" after a description: its words, not ours.
  const extras = (described: string, own: string): string =>
    described.slice(0, own.length) + described.slice(own.length).replace(/\b(choices|default|preset|env): /g, (_, word: string) => `${t(`usage.extra.${word}` as MessageKey)}: `);
  return {
    styleTitle: (title) => (TITLES[title] ? t(TITLES[title]!) : title),
    displayWidth: (text) => displayWidth(text),
    boxWrap: (text, width) => (width < 20 ? text : text.split('\n').flatMap((line) => wrapToWidth(line, width)).join('\n')),
    optionDescription: (option) => extras(base.optionDescription(option), option.description),
    argumentDescription: (argument) => extras(base.argumentDescription(argument), argument.description),
  };
}

/** The completion command's closing paragraph, which commander prints after the generated help. */
export const completionHelp = (locale: Locale, columns = process.stdout.columns || 80): string =>
  createTranslator(locale)('usage.completion.after').split('\n').flatMap((line) => wrapToWidth(line, Math.max(40, columns))).join('\n');
