package vn.bca.antq.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.bca.antq.intake.file.UploadLimits;

/** Files are read a fixed number at a time; the others wait their turn in a bounded line, beyond which one is refused. */
class BackgroundTest {

    @Test
    void filesBeyondTheReadingPoolWaitAndBeyondTheLineAreRefused() throws Exception {
        UploadLimits limits = new UploadLimits(
                DataSize.ofMegabytes(10),
                100_000,
                64,
                300_000,
                6_000_000,
                DataSize.ofMegabytes(48),
                DataSize.ofMegabytes(96),
                Duration.ofSeconds(60),
                2,
                1);
        Background background = new Background(limits);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reading = new CountDownLatch(2);
        UI ui = new UI();

        for (int i = 0; i < 2; i++) {
            background.read(
                    ui,
                    () -> {
                        reading.countDown();
                        await(release);
                        return 1;
                    },
                    done -> {},
                    failed -> {});
        }
        assertThat(reading.await(10, TimeUnit.SECONDS))
                .as("two files read at once")
                .isTrue();
        background.read(ui, () -> 1, done -> {}, failed -> {});

        assertThat(background.readsAhead()).as("two being read, one waiting").isEqualTo(3);
        assertThatThrownBy(() -> background.read(ui, () -> 1, done -> {}, failed -> {}))
                .isInstanceOf(Background.Busy.class);
        release.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
