// A one-line spinner on a terminal while we wait, with the status we last saw; erased when done.
export function startSpinner(stream: NodeJS.WritableStream, label: string): { update: (status: string) => void; stop: () => void } {
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let i = 0;
  let status = '';
  const draw = (): void => void stream.write(`\r\u001B[2K${frames[i++ % frames.length]} ${label}${status ? ` (${status})` : ''}`);
  const timer = setInterval(draw, 100);
  draw();
  return {
    update: (s) => {
      status = s;
    },
    stop: () => {
      clearInterval(timer);
      stream.write('\r\u001B[2K');
    },
  };
}
