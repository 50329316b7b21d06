package vn.partydev.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local RSA key pair that signs tokens: generated on first use, kept as PEM files
 * ({@code privateKey.pem}, {@code publicKey.pem}) so that the services verify with the public half.
 */
public final class SigningKeys {

    private static final String PRIVATE_KEY_FILE = "privateKey.pem";
    private static final String PUBLIC_KEY_FILE = "publicKey.pem";

    private final Path directory;

    private SigningKeys(Path directory) {
        this.directory = directory;
    }

    /** Loads the key pair kept in {@code directory}, generating it first if there is none. */
    public static SigningKeys in(Path directory) throws IOException {
        SigningKeys keys = new SigningKeys(directory);
        if (!Files.exists(keys.privateKeyPath()) || !Files.exists(keys.publicKeyPath())) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKeyPath() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKeyPath() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyPath(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key " + privateKeyPath(), e);
        }
    }

    private void generate() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(privateKeyPath(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicKeyPath(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
