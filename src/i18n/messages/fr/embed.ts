import type { EmbedWords } from '../en/embed.ts';

export const embed: EmbedWords = {};
