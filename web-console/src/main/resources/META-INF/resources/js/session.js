// Who is signed in: the bearer token (kept for this browser tab only) and what it says about the user.
const KEY = 'partydev.token';

function decode(token) {
  const parts = (token || '').split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, c => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return null;
  }
}

export const session = {
  token: () => sessionStorage.getItem(KEY),
  claims: () => decode(sessionStorage.getItem(KEY)),
  /** Keeps a token; answers why it cannot be used ('invalid', 'expired'), or null. */
  use(token) {
    const claims = decode(token.trim());
    if (!claims || !claims.org) return 'invalid';
    if (claims.exp && claims.exp * 1000 < Date.now()) return 'expired';
    sessionStorage.setItem(KEY, token.trim());
    return null;
  },
  signedIn() {
    const claims = decode(sessionStorage.getItem(KEY));
    return !!claims && (!claims.exp || claims.exp * 1000 > Date.now());
  },
  signOut: () => sessionStorage.removeItem(KEY),
  homeOrganisation: () => (decode(sessionStorage.getItem(KEY)) || {}).org,
  roles: () => (decode(sessionStorage.getItem(KEY)) || {}).groups || [],
  user: () => { const c = decode(sessionStorage.getItem(KEY)) || {}; return c.upn || c.preferred_username || c.sub || ''; },
};
