package vn.partydev.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Where the console (bảng điều hành) finds the APIs and how users sign in. */
@ConfigMapping(prefix = "partydev.console")
public interface ConsoleSettings {

    /** The one entry point of the APIs, as the browser reaches it (the launcher's proxy port locally, the Ingress in a cluster). */
    @WithDefault("http://localhost:8080/api/v1")
    String apiBaseUrl();

    /** Sign-in with an identity provider (OpenID Connect, authorisation code with PKCE); without it users paste a token. */
    Oidc oidc();

    /**
     * Local use only: a directory of {@code <role>.jwt} files (the launcher's tokens) that the sign-in page offers to pick.
     * Never set in production.
     */
    Optional<Path> localTokens();

    interface Oidc {
        /** The provider's issuer URL; its {@code /.well-known/openid-configuration} gives the endpoints. */
        Optional<String> authServerUrl();

        /** The console's public client id at the provider. */
        @WithDefault("partydev-console")
        String clientId();

        @WithDefault("openid profile")
        String scope();
    }
}
