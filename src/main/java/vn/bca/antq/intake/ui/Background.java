package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.bca.antq.intake.file.UploadLimits;

/**
 * Long work of the intake pages off the request thread, so the page can show progress over push; the work runs as the
 * signed-in user and its outcome comes back in the UI. Reading uploaded files has its own small pool
 * ({@link UploadLimits#parallelReads}) with a bounded line behind it: however many files arrive at once, only that
 * many are in memory, the others wait their turn (and are told their place), and beyond the line a file is refused.
 */
@Component
class Background {

    /** The line of waiting files is full: the server takes no more for now. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("upload line full");
        }
    }

    private final ExecutorService commits = Executors.newFixedThreadPool(
            4, Thread.ofPlatform().name("intake-", 0).daemon().factory());
    private final ThreadPoolExecutor reads;

    Background(UploadLimits limits) {
        BlockingQueue<Runnable> line =
                limits.queuedReads() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(limits.queuedReads());
        reads = new ThreadPoolExecutor(
                limits.parallelReads(),
                limits.parallelReads(),
                0,
                TimeUnit.SECONDS,
                line,
                Thread.ofPlatform().name("intake-read-", 0).daemon().factory());
    }

    /** Files being read or waiting now: the place a new one would take. */
    int readsAhead() {
        return reads.getActiveCount() + reads.getQueue().size();
    }

    /** Reads (and checks) a file in the reading pool; throws {@link Busy} when its line is full. */
    <T> CompletableFuture<Void> read(UI ui, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        try {
            return run(reads, ui, work, done, failed);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
    }

    /** Runs {@code work}; {@code done} gets its result, {@code failed} its exception, both inside {@code ui}. */
    <T> CompletableFuture<Void> run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return run(commits, ui, work, done, failed);
    }

    private static <T> CompletableFuture<Void> run(
            ExecutorService executor, UI ui, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        SecurityContext context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(
                        () -> {
                            SecurityContextHolder.setContext(context);
                            try {
                                return work.get();
                            } finally {
                                SecurityContextHolder.clearContext();
                            }
                        },
                        executor)
                .handle((result, error) -> {
                    ui.access(() -> {
                        if (error != null) {
                            failed.accept(error instanceof CompletionException ? error.getCause() : error);
                        } else {
                            done.accept(result);
                        }
                    });
                    return null;
                });
    }
}
