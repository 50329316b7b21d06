package vn.partydev.console;

import java.util.List;

/** What the pages need to know before the user signs in: where the APIs are, how to sign in, which local roles to offer. */
public record ConsoleConfig(String apiBaseUrl, Oidc oidc, List<String> localRoles) {

    /** The identity provider, when one is configured. */
    public record Oidc(String authServerUrl, String clientId, String scope) {
    }

    static ConsoleConfig of(ConsoleSettings settings, List<String> localRoles) {
        Oidc oidc = settings.oidc().authServerUrl()
                .map(url -> new Oidc(url, settings.oidc().clientId(), settings.oidc().scope()))
                .orElse(null);
        return new ConsoleConfig(settings.apiBaseUrl(), oidc, localRoles);
    }
}
