// Component tests opt in to jsdom per file; this adds DOM matchers only where a DOM exists.
export {};
if (typeof document !== 'undefined') await import('@testing-library/jest-dom/vitest');
