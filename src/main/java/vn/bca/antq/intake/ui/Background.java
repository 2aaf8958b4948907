package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Long work of the intake pages (reading and checking a large file, committing it) off the request thread, so the
 * page can show progress over push; the work runs as the signed-in user and its outcome comes back in the UI.
 */
@Component
class Background {

    private final ExecutorService executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("intake-", 0).daemon().factory());

    /** Runs {@code work}; {@code done} gets its result, {@code failed} its exception, both inside {@code ui}. */
    <T> CompletableFuture<Void> run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        SecurityContext context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor).handle((result, error) -> {
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
