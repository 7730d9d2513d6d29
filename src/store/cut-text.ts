let graphemes: Intl.Segmenter | undefined;

/**
 * `text` cut to at most `max` UTF-16 units (what an input's maxLength counts), only between characters as a
 * person sees them: never half a surrogate pair, half an emoji sequence or a letter without its marks.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
