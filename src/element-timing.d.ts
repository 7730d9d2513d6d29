// Element Timing (https://w3c.github.io/element-timing/): an element's paint time, read by the speed probe.
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merge repeats React's own parameter
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
