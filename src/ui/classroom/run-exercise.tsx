// Mounts one exercise on the real terminal, on the alternate screen, and resolves when the trainee leaves it.
import { render } from 'ink';
import { ThemeProvider } from '../theme.js';
import { ExerciseApp, type ExerciseAppProps } from './exercise-app.js';

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l\u001B[?25h';

export async function runExercise(props: ExerciseAppProps, color: boolean): Promise<void> {
  process.stdout.write(ENTER_ALT);
  try {
    const app = render(
      <ThemeProvider color={color}>
        <ExerciseApp {...props} />
      </ThemeProvider>,
      { exitOnCtrlC: false },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT);
  }
}
