import type { InputsWords } from '../en/inputs.ts';

export const inputs: InputsWords = {};
