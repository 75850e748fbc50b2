// A spinner that appears only when a wait lasts over 150 ms, so quick reads do not flicker.
import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { useDelayed } from '../hooks/use-delayed.js';
import { useTheme } from '../theme.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function Spinner({ label, active = true }: { readonly label: string; readonly active?: boolean }) {
  const shown = useDelayed(active);
  const theme = useTheme();
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 100);
    return () => clearInterval(timer);
  }, [shown]);
  if (!active) return null;
  return (
    <Text {...theme('accent')}>
      {shown ? `${FRAMES[frame]} ` : '  '}
      {label}
    </Text>
  );
}
