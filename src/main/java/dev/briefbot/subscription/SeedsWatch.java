package dev.briefbot.subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the library when the seeds folder changes and then stays quiet for a moment: a brief is two files, copied
 * one after the other, and an editor saves in several writes, so the folder is read once it has settled.
 */
final class SeedsWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SeedsWatch.class);

    private final Path seedsDir;
    private final Duration quiet;
    private final LibraryReload reload;
    private volatile WatchService watch;
    private volatile Thread watcher;

    SeedsWatch(Path seedsDir, Duration quiet, LibraryReload reload) {
        this.seedsDir = seedsDir;
        this.quiet = quiet;
        this.reload = reload;
    }

    /**
     * Watches first, then catches up: a change that comes while the folder is read again is still seen, and reloaded
     * once the watcher runs.
     */
    @Override
    public void start() {
        watch = register();
        try {
            reload.catchUp();
        } catch (RuntimeException failure) {
            stop();
            throw failure;
        }
        WatchService changes = watch;
        watcher = new Thread(() -> reloadOnChanges(changes), "seeds-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private WatchService register() {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            seedsDir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the seeds folder " + seedsDir, e);
        }
    }

    @Override
    public void stop() {
        try {
            watch.close();
            if (watcher != null) {
                watcher.join(TimeUnit.SECONDS.toMillis(1));
            }
        } catch (IOException e) {
            log.debug("Seeds watch closed with an error", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watch = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watch != null;
    }

    // the service is passed in: stop() clears the field while this thread may still be reloading
    private void reloadOnChanges(WatchService changes) {
        try {
            while (true) {
                settle(changes, changes.take());
                reloadSafely();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            log.debug("Seeds watch stopped");
        }
    }

    /** Waits until no change has come for the quiet time. */
    private void settle(WatchService changes, WatchKey first) throws InterruptedException {
        WatchKey key = first;
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = changes.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void reloadSafely() {
        try {
            reload.reload();
        } catch (RuntimeException failure) {
            // the database may be down for a moment: the next change, or /reload, tries again
            log.error("The library could not be reloaded", failure);
        }
    }
}
