/** The message the embed sends its host; public/embed.js reads exactly this shape. */
export const HEIGHT_MESSAGE = 'cs-roi:height';

/**
 * Tells the host page how tall the calculator is whenever that changes, so the host's iframe fits it
 * with no inner scrollbar. Sent only to `hostOrigin` (never "*"), so no other page can read it.
 */
export function reportHeight(
  element: HTMLElement,
  hostOrigin: string,
  target: Window = window.parent,
): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE, height }, hostOrigin);
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => observer.disconnect();
}
