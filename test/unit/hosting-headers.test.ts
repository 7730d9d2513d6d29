import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with the scripts, without type declarations
import { CONFIG_FILES, HEADER_RULES, headersFor, PAGE_POLICY, pathMatches } from '../../scripts/headers.mjs';

const rules = HEADER_RULES as { paths: string[]; headers: Record<string, string> }[];
const files = CONFIG_FILES as Record<string, () => string>;
const headers = headersFor as (path: string) => Record<string, string>;
const covers = pathMatches as (rule: string, path: string) => boolean;

test('the checked-in host configs are what the header table gives', () => {
  expect(Object.keys(files)).toEqual(['public/_headers', 'vercel.json', 'docs/hosting/nginx.conf']);
  for (const [file, render] of Object.entries(files)) expect(readFileSync(file, 'utf8'), file).toBe(render());
});

test('the pages’ <meta> policy is the table’s, with no inline styles or scripts allowed', () => {
  for (const page of ['index.html', 'embed.html']) {
    const meta = readFileSync(page, 'utf8').match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/);
    expect(meta?.[1], page).toBe(PAGE_POLICY);
  }
  expect(PAGE_POLICY).not.toContain('unsafe-');
});

test('the app page may not be framed, the embed may, and every path has the common headers', () => {
  for (const path of ['/', '/index.html']) {
    expect(headers(path)['Content-Security-Policy']).toBe(`${PAGE_POLICY}; frame-ancestors 'none'`);
    expect(headers(path)['X-Frame-Options']).toBe('DENY');
  }
  for (const path of ['/embed.html', '/embed']) {
    expect(headers(path)['Content-Security-Policy']).toBe(`${PAGE_POLICY}; frame-ancestors *`);
    expect(headers(path)).not.toHaveProperty('X-Frame-Options');
  }
  for (const path of ['/', '/embed.html', '/embed.js', '/assets/x.js'])
    expect(headers(path)).toMatchObject({
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
});

test('no two rules that match one path set the same header (hosts would send both values)', () => {
  const paths = rules.flatMap((r) => r.paths).map((p) => p.replace(/\*$/, 'x'));
  for (const path of paths) {
    const names = rules
      .filter((r) => r.paths.some((p) => covers(p, path)))
      .flatMap((r) => Object.keys(r.headers));
    expect(new Set(names).size, path).toBe(names.length);
  }
});
