import type { ShareWords } from '../en/share.ts';

export const share: ShareWords = {};
