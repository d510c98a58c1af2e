import { Button, type ButtonProps } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

type LinkButtonProps = Pick<ButtonProps, 'variant' | 'size' | 'icon' | 'className'> & {
  children: ReactNode;
  'aria-label'?: string;
} & ({ to: string; href?: never; target?: never; rel?: never } | { href: string; to?: never; target?: string; rel?: string });

/**
 * A link that looks like a button. Aksel gives `Button as="a"` the role
 * "button", but it navigates, so screen readers must hear "link".
 */
export function LinkButton({ to, href, ...rest }: LinkButtonProps) {
  if (to !== undefined) return <Button as={RouterLink} to={to} role="link" {...rest} />;
  return <Button as="a" href={href} role="link" {...rest} />;
}
