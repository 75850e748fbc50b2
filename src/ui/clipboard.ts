// Copying a command: OSC 52 asks the terminal itself to set the clipboard, which works over SSH and in tmux
// (with set-clipboard on) and needs no program on this machine. The text is our own kubectl argv, never
// container output.
import { Buffer } from 'node:buffer';

export function osc52(text: string): string {
  const payload = Buffer.from(text, 'utf8').toString('base64');
  // Inside tmux the sequence must be wrapped so tmux passes it to the outer terminal.
  return process.env['TMUX'] ? `\u001BPtmux;\u001B\u001B]52;c;${payload}\u0007\u001B\\` : `\u001B]52;c;${payload}\u0007`;
}

export function copyWithOsc52(stream: NodeJS.WriteStream, text: string): Promise<string> {
  stream.write(osc52(text));
  return Promise.resolve('copied (via the terminal, OSC 52): paste it into a shell to run it yourself');
}
