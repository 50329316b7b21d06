package vn.partydev.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's class archive: named after the application it was made from, dumped by a first JVM into a part file,
 * kept only when complete, then mapped by the next JVM. Real JVMs (the JDK's jar tool, under 1 s each), not a service.
 */
class ClassArchiveTest {

    @TempDir
    Path temp;

    @Test
    void aRebuiltApplicationGetsANewArchive() throws IOException {
        Path application = application();
        ClassArchive first = ClassArchive.of(temp.resolve("archives"), "candidate-service", application);
        assertTrue(first.file().getFileName().toString().matches("candidate-service-[0-9a-f]{16}\\.jsa"), first.file().toString());
        assertEquals(first, ClassArchive.of(temp.resolve("archives"), "candidate-service", application));

        Files.setLastModifiedTime(application.resolve("lib/main/library.jar"), FileTime.fromMillis(1_000_000));
        assertNotEquals(first, ClassArchive.of(temp.resolve("archives"), "candidate-service", application));
    }

    @Test
    void theFirstJvmDumpsItAndTheNextMapsIt() throws Exception {
        ClassArchive archive = ClassArchive.of(temp.resolve("archives"), "training-service", application());
        assertFalse(archive.isMade());
        List<String> dumping = archive.jvmOptions();
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + archive.partial()), dumping);
        assertEquals(0, java(dumping));
        assertTrue(Files.size(archive.partial()) > 0, "the JVM dumped at exit");
        assertFalse(archive.isMade(), "a part file is not the archive until kept");

        assertTrue(archive.keepDumped());
        assertTrue(archive.isMade());
        assertFalse(Files.exists(archive.partial()));
        List<String> mapping = archive.jvmOptions();
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file()), mapping);
        List<String> strict = new ArrayList<>(mapping);
        strict.add("-Xshare:on");   // fails to start unless the archive maps
        assertEquals(0, java(strict));
    }

    @Test
    void keepingANewArchiveDeletesTheServicesArchivesOfEarlierBuilds() throws IOException {
        Path archives = temp.resolve("archives");
        Files.createDirectories(archives);
        Path earlierBuild = Files.writeString(archives.resolve("training-service-0123456789abcdef.jsa"), "old");
        Path otherService = Files.writeString(archives.resolve("candidate-service-0123456789abcdef.jsa"), "other");
        ClassArchive archive = ClassArchive.of(archives, "training-service", application());
        archive.jvmOptions();
        Files.writeString(archive.partial(), "dumped");

        assertTrue(archive.keepDumped());
        assertTrue(archive.isMade());
        assertFalse(Files.exists(earlierBuild), "an archive of an earlier build of the same service is deleted");
        assertTrue(Files.exists(otherService), "another service's archive is kept");
    }

    @Test
    void aPartLeftByAKilledJvmIsNeverKept() throws IOException {
        ClassArchive archive = ClassArchive.of(temp.resolve("archives"), "reporting-service", application());
        archive.jvmOptions();
        Files.writeString(archive.partial(), "cut short");
        archive.discardPartial();
        assertFalse(archive.keepDumped());
        assertFalse(archive.isMade());

        Files.writeString(archive.partial(), "cut short");
        archive.jvmOptions();
        assertFalse(Files.exists(archive.partial()), "a new start removes a stale part file before dumping");
    }

    private Path application() throws IOException {
        Path application = temp.resolve("quarkus-app");
        Files.createDirectories(application.resolve("lib/main"));
        Files.writeString(application.resolve("quarkus-run.jar"), "runner");
        Files.writeString(application.resolve("lib/main/library.jar"), "library");
        return application;
    }

    private static int java(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        // a main class of the JDK: no class directory on the class path, which the archive could not hold
        command.addAll(List.of("-m", "jdk.jartool/sun.tools.jar.Main", "--version"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (exit != 0) {
            System.out.println(output);
        }
        return exit;
    }
}
