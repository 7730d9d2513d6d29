/** The model's `// NOTE:` comments, extracted when the app is built (scripts/model-notes.ts). */
declare module 'virtual:model-notes' {
  /** Each modelling decision, in the order the month runs; `topic` says what part of the model makes it. */
  export const MODEL_NOTES: readonly {
    readonly topic: import('../i18n/messages/en/methodology.ts').NoteTopic;
    readonly text: string;
  }[];
}
