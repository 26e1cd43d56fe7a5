/** @module worker/origin: what counts as a web origin in configuration and parameters (pure: no bindings). */
/** True for a bare web origin such as https://www.bspho.be (scheme, host, optional port; nothing else). */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}
