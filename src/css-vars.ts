import type { CSSProperties } from 'react';

/**
 * CSS custom properties for a React `style` prop: the only inline styling the pages use. React sets them
 * through the CSSOM (style.setProperty), which a CSP without style-src 'unsafe-inline' allows; the
 * stylesheets decide what they do. Plain style properties stay in the stylesheets.
 */
export const cssVars = (vars: Record<`--${string}`, string>): CSSProperties => vars as CSSProperties;
