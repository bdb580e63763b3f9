import { browserTimeZone } from '../../ui/time-zones';
import { useAuth } from '../auth/auth-context';

/** The zone times are shown in: the one the viewer chose in their settings, else the browser's. */
export function useTimeZone(): string {
  const { viewer } = useAuth();
  return viewer?.timeZone ?? browserTimeZone();
}
