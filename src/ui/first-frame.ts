// The first thing on screen, written before Ink, React or the training cluster are even loaded: a blank
// terminal for a second and a half reads as a hang. Plain escape sequences only (no Ink) so it costs nothing;
// the wizard's own first frame clears it.
export const ENTER_ALT = '\u001B[?1049h\u001B[H';
export const CLEAR = '\u001B[2J\u001B[H';
export const LEAVE_ALT = '\u001B[?1049l\u001B[?25h';

export function firstFrameText(label: string): string {
  return `${ENTER_ALT}${CLEAR}kubectl-crashcourse\r\n⠋ ${label}\r\n`;
}

/** Shows "connecting…" on the alternate screen; the returned function leaves it (for a start that fails). */
export function showFirstFrame(stdout: NodeJS.WriteStream, label: string): () => void {
  stdout.write(firstFrameText(label));
  let left = false;
  return () => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_ALT);
  };
}
