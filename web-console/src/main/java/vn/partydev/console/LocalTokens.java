package vn.partydev.console;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The launcher's tokens ({@code <role>.jwt}), offered on the sign-in page when the console runs locally. */
@ApplicationScoped
public class LocalTokens {

    private final Optional<Path> directory;

    LocalTokens(ConsoleSettings settings) {
        this.directory = settings.localTokens();
    }

    /** The roles with a token, in name order; none unless a directory is configured. */
    public List<String> roles() {
        if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory.get())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jwt"))
                    .map(name -> name.substring(0, name.length() - ".jwt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token of a role, if one is offered. */
    public Optional<String> of(String role) {
        if (!roles().contains(role)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(directory.orElseThrow().resolve(role + ".jwt")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
