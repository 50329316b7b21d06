package vn.partydev.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's dynamic AppCDS archive (the classes its JVM loaded, mapped instead of loaded and verified again: a start
 * 2–3 s shorter). The first start dumps it when the JVM exits ({@code -XX:ArchiveClassesAtExit}), into a {@code .part}
 * file that {@link #keepDumped()} renames once the JVM has stopped cleanly; later starts map it
 * ({@code -XX:SharedArchiveFile}). Its name holds a fingerprint of the application (every file of the Quarkus
 * application directory: path, size, modification time) and of the JVM, so a rebuild or another JDK makes a new one.
 */
public record ClassArchive(Path file) {

    /** The archive of {@code service}, built from the application in {@code applicationDirectory}, in {@code directory}. */
    public static ClassArchive of(Path directory, String service, Path applicationDirectory) {
        return new ClassArchive(directory.resolve(service + "-" + fingerprint(applicationDirectory) + ".jsa"));
    }

    /** Where the JVM writes the archive at exit; it becomes {@link #file()} only when complete. */
    public Path partial() {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /** Whether a JVM dumped it completely before. */
    public boolean isMade() {
        return Files.isRegularFile(file);
    }

    /** Map the archive if it was made, otherwise make it when this JVM exits. */
    public List<String> jvmOptions() throws IOException {
        if (isMade()) {
            return List.of("-XX:SharedArchiveFile=" + file);
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(partial());   // left by a JVM killed while dumping
        return List.of("-XX:ArchiveClassesAtExit=" + partial());
    }

    /**
     * After a clean exit of a JVM started with {@link #jvmOptions()}: keeps the archive it dumped, if any, and deletes
     * the archives of the same service made from earlier builds (each is tens of MiB and none will be mapped again).
     */
    public boolean keepDumped() throws IOException {
        if (Files.isRegularFile(partial()) && Files.size(partial()) > 0 && !Files.exists(file)) {
            Files.move(partial(), file, StandardCopyOption.ATOMIC_MOVE);
            deleteSuperseded();
            return true;
        }
        return false;
    }

    private void deleteSuperseded() throws IOException {
        String name = file.getFileName().toString();
        String service = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path sibling : siblings.toList()) {
                String siblingName = sibling.getFileName().toString();
                if (!sibling.equals(file) && siblingName.startsWith(service)
                        && siblingName.substring(service.length()).matches("[0-9a-f]{16}\\.jsa")) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    /** After a JVM was killed: what it was dumping is incomplete. */
    public void discardPartial() throws IOException {
        Files.deleteIfExists(partial());
    }

    static String fingerprint(Path applicationDirectory) {
        try (Stream<Path> files = Files.walk(applicationDirectory)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((System.getProperty("java.home") + "|" + System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8));
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = "|" + applicationDirectory.relativize(path) + ":" + Files.size(path) + ":"
                        + Files.getLastModifiedTime(path).toMillis();
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
