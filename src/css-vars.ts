import type { CSSProperties } from 'react';

/**
 * CSS custom properties for a React `style` prop: the only inline styling the pages use. React sets them
 * through the CSSOM (style.setProperty), which a CSP without style-src 'unsafe-inline' allows; the
 * stylesheets decide what they do. Plain style properties stay in the stylesheets.
 */
export const cssVars = (vars: Record<`--${string}`, string>): CSSProperties => vars as CSSProperties;

/**
 * The same for markup that is also rendered at build time (the first screen): a style attribute in HTML
 * is refused by the CSP, so the properties are set on the element once it is on the page.
 */
export const cssVarsRef =
  (vars: Record<`--${string}`, string>) =>
  (element: HTMLElement | null): void => {
    for (const [name, value] of Object.entries(vars)) element?.style.setProperty(name, value);
  };
