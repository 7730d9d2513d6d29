/** What no address part may hold: spaces, controls, and the characters of markup and address lists. */
const PART = String.raw`[^\s\p{Cc}@<>()[\]\\,;:"']`;
const EMAIL = new RegExp(`^${PART}{1,64}@${PART}+\\.${PART}{2,}$`, 'u');

// NOTE: an address is checked for its shape only (one "@", a dot in the domain, no spaces, quotes or
// markup characters), not delivered to: the host's form or CRM that receives it confirms it, as
// marketing forms do. Quoted local parts, legal but unused in practice, are refused with the rest.
/** The address, trimmed, when it has the shape of one; null otherwise. */
export function validEmail(text: string): string | null {
  const email = text.trim();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}
