import { Alert } from '@navikt/ds-react';
import { useLocation } from 'react-router';

/** A short confirmation carried to the next screen after a save ("Lagret"). */
export function Flash() {
  const location = useLocation();
  const message = (location.state as { flash?: string } | null)?.flash;
  if (!message) return null;
  return (
    <Alert variant="success" size="small" role="status">
      {message}
    </Alert>
  );
}
