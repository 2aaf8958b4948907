package vn.bca.antq.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as its own process, for tests that stop, crash and restart it: {@code java -cp <classes>:<runtime
 * classpath> vn.bca.antq.Application} with the JDK running the test, the production frontend in the classes (Maven's
 * profile {@code e2e} builds it, writes the runtime classpath without the development-only artifacts to the file in
 * {@code antq.e2e.classpath-file} and passes {@code antq.e2e.classes}), an embedded MariaDB with demo data in
 * {@code data}, output appended to {@code log}, on a free port.
 */
final class AppProcess {

    static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

    final int port = freePort();
    private final Path data;
    private final Path log;
    private Process app;

    AppProcess(Path data, Path log) {
        this.data = data;
        this.log = log;
    }

    /** Skips the calling test where there is no browser or no application to start. */
    static void skipUnlessStartable(String test) {
        E2eBrowser.skipUnlessBrowser(test);
        String classes = System.getProperty("antq.e2e.classes", "");
        String classpathFile = System.getProperty("antq.e2e.classpath-file", "");
        E2eBrowser.skipUnless(
                test,
                !classes.isBlank() && !classpathFile.isBlank() && Files.isRegularFile(Path.of(classpathFile)),
                "no app to start: antq.e2e.classes / antq.e2e.classpath-file not set or missing (Maven's profile e2e sets them)");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Process process() {
        return app;
    }

    /** Starts the app and waits for HTTP 200 on {@code /login} (the rest asks for a sign-in); how long it took. */
    Duration start(Duration timeout) throws IOException, InterruptedException {
        String classes = System.getProperty("antq.e2e.classes");
        String classpath = Files.readString(Path.of(System.getProperty("antq.e2e.classpath-file")))
                .strip();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(log.getParent());
        Files.writeString(
                log,
                "\n==== " + Instant.now() + " starting on port " + port + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(
                        javaBin, "-cp", classes + java.io.File.pathSeparator + classpath, "vn.bca.antq.Application")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("DB_URL");
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("ANTQ_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("ANTQ_DEMO_DATA", "true");
        builder.environment().put("ANTQ_DEMO_SCALE", "1");
        long started = System.nanoTime();
        app = builder.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .timeout(Duration.ofSeconds(10))
                .build();
        while (System.nanoTime() - started < timeout.toNanos()) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped with exit code " + app.exitValue() + "; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no HTTP 200 from the app within " + timeout.toSeconds() + " s; see " + log);
    }

    /** SIGTERM, up to 60 s for a clean exit (the embedded MariaDB stops with it), then the hard way; how long it took. */
    Duration stop() {
        if (app == null) {
            return Duration.ZERO;
        }
        long started = System.nanoTime();
        List<ProcessHandle> children = app.descendants().toList();
        try {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                System.err.println("AppProcess: the app did not stop within 60 s of SIGTERM; killing it");
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            app.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            killAll(children);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A crash: SIGKILL to the app and, at the same moment, to its embedded MariaDB — nothing gets to clean up. */
    void crash() throws InterruptedException {
        List<ProcessHandle> children = app.descendants().toList();
        killAll(children);
        app.destroyForcibly();
        app.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    private static void killAll(List<ProcessHandle> processes) {
        for (ProcessHandle process : processes) {
            if (process.isAlive()) {
                System.err.println("AppProcess: killing " + process.pid() + " "
                        + process.info().command().orElse("?"));
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
