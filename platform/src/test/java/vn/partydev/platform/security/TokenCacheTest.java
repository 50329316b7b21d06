package vn.partydev.platform.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.local.TokenMinter;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache of verified tokens through real HTTP requests: a token answered from it gives the same caller as a fresh
 * one; expiry, a forged signature and a tampered payload are refused every time. The test application allows one second
 * of clock skew ({@code mp.jwt.verify.clock.skew=1}), so that an expired token is refused soon.
 */
@QuarkusTest
class TokenCacheTest {

    private static final UUID COMMUNE_A = UUID.fromString("20000000-0000-0000-0000-00000000000a");

    @Inject
    CachingJwtParser parser;

    @Test
    void aCachedTokenIsAnsweredLikeAFreshOne() throws Exception {
        String token = token("cache-cell", "cell", ownKey(), 120);
        assertFalse(parser.isCached(token));
        String fresh = me(token, 200).extract().asString();
        assertTrue(parser.isCached(token));
        String cached = me(token, 200).body("subject", equalTo("cache-cell")).body("organiser", equalTo(false))
                .body("organisationId", equalTo(COMMUNE_A.toString())).extract().asString();
        assertEquals(fresh, cached);
    }

    @Test
    void anExpiredTokenIsRefusedEvenIfItWasCached() throws Exception {
        String token = token("short-lived", "cell", ownKey(), 2);
        me(token, 200);
        assertTrue(parser.isCached(token));
        Thread.sleep(4_000);   // past exp and the one second of skew the test application allows
        me(token, 401);
        me(token, 401);
        assertFalse(parser.isCached(token));
    }

    @Test
    void aForgedOrTamperedTokenIsRefusedEveryTime() throws Exception {
        var otherKeys = KeyPairGenerator.getInstance("RSA");
        otherKeys.initialize(2048);
        String forged = token("forger", "admin", otherKeys.generateKeyPair().getPrivate(), 120);

        String genuine = token("tamper-cell", "cell", ownKey(), 120);
        me(genuine, 200);
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"cell\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (String bad : List.of(forged, tampered)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                me(bad, 401);
            }
            assertFalse(parser.isCached(bad));
        }
    }

    private static io.restassured.response.ValidatableResponse me(String token, int status) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/specimens/me").then().statusCode(status);
    }

    private static PrivateKey ownKey() {
        return TestTokens.signingKey();
    }

    /** A token like {@link TokenMinter}'s, with a lifetime in seconds. */
    private static String token(String subject, String role, PrivateKey key, int lifetimeSeconds) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(TokenMinter.ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setClaim("org", COMMUNE_A.toString());
        claims.setIssuedAtToNow();
        NumericDate exp = NumericDate.now();
        exp.addSeconds(lifetimeSeconds);
        claims.setExpirationTime(exp);
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        return signature.getCompactSerialization();
    }
}
