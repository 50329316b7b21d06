// Sign-in with an identity provider: OpenID Connect authorisation code flow with PKCE, for a public browser client.
const VERIFIER = 'partydev.oidc.verifier';
const STATE = 'partydev.oidc.state';

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function discover(config) {
  const response = await fetch(config.authServerUrl.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!response.ok) throw new Error('OpenID configuration: HTTP ' + response.status);
  return response.json();
}

function redirectUri() {
  return location.origin + location.pathname;
}

/** Sends the browser to the provider's sign-in page. */
export async function startSignIn(config) {
  const provider = await discover(config);
  const verifier = random();
  const state = random();
  sessionStorage.setItem(VERIFIER, verifier);
  sessionStorage.setItem(STATE, state);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const params = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(), scope: config.scope,
    code_challenge: challenge, code_challenge_method: 'S256', state,
  });
  location.assign(provider.authorization_endpoint + '?' + params);
}

/** On return from the provider (?code=&state=), exchanges the code for an access token; null when not returning. */
export async function finishSignIn(config) {
  const params = new URLSearchParams(location.search);
  if (!config || !params.has('code')) return null;
  if (params.get('state') !== sessionStorage.getItem(STATE)) throw new Error('sign-in state does not match');
  const provider = await discover(config);
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: config.clientId, code_verifier: sessionStorage.getItem(VERIFIER),
    }),
  });
  if (!response.ok) throw new Error('token endpoint: HTTP ' + response.status);
  sessionStorage.removeItem(VERIFIER);
  sessionStorage.removeItem(STATE);
  history.replaceState(null, '', redirectUri() + location.hash);
  return (await response.json()).access_token;
}
