/**
 * Text from a link, an embed attribute or storage, shown back to a person: printable characters only,
 * cut to `max`, in quotes. Rendered as text by React, never as HTML.
 */
export function quoteText(text: string, max = 30): string {
  const clean = text.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '?');
  return `“${clean.length > max ? `${clean.slice(0, max)}…` : clean}”`;
}
