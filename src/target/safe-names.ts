// Names a kubeconfig supplies (context, cluster, user) and the --kubeconfig path reach the commands we show,
// the JSON argvs, the wizard's banners and our error messages. A control or bidi character in one would act on
// the terminal wherever it is printed, and a sanitised copy would name another context when pasted. So such a
// name is refused where the kubeconfig is read, with a one-line error that shows it in $'…' quoting (a form that
// pastes back as the same bytes) and the kubectl command that renames it.
import { quoteArg } from '../contracts/kubectl-target.js';
import { userError } from '../i18n/user-error.js';
import { UNSAFE } from '../text/sanitize.js';

/** The character class the sanitiser removes, plus newline and tab, which no name or path needs either. */
const UNSAFE_IN_NAME = new RegExp(`${UNSAFE.source}|[\\n\\t]`);

export const isUnsafeName = (name: string): boolean => UNSAFE_IN_NAME.test(name);

export function checkContextName(name: string): string {
  if (isUnsafeName(name)) throw userError('fail.kubeconfig.unsafeContext', { name: quoteArg(name) });
  return name;
}

export function checkEntryName(what: 'cluster' | 'user', name: string, context: string): string {
  if (isUnsafeName(name)) throw userError('fail.kubeconfig.unsafeEntry', { what, name: quoteArg(name), context: quoteArg(context) });
  return name;
}

export function checkKubeconfigPath(path: string): string {
  if (isUnsafeName(path)) throw userError('fail.kubeconfig.unsafePath', { path: quoteArg(path) }, 2);
  return path;
}
