package dev.briefbot.telegram.fake;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The files users sent, as Telegram keeps them: by file_id for getFile, by file_path for the download. */
final class StoredFiles {

    /**
     * @param declaredSize the size the update and getFile give; null for none, and it may differ from the bytes, as a
     *                     test of the bot's own count needs
     */
    record StoredFile(String fileId, String uniqueId, String path, String fileName, String mimeType, byte[] content,
                      Long declaredSize) {
    }

    private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> byPath = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    StoredFile store(String fileName, String mimeType, byte[] content, Long declaredSize) {
        long n = ids.incrementAndGet();
        String extension = fileName != null && fileName.lastIndexOf('.') > 0
                ? fileName.substring(fileName.lastIndexOf('.')).replaceAll("[^A-Za-z0-9.]", "") : "";
        StoredFile file = new StoredFile("BQACAgIAAxkBAAI" + n, "AgAD" + n, "documents/file_" + n + extension,
                fileName, mimeType, content.clone(), declaredSize);
        byId.put(file.fileId(), file);
        byPath.put(file.path(), file);
        return file;
    }

    Optional<StoredFile> byId(String fileId) {
        return Optional.ofNullable(byId.get(fileId));
    }

    Optional<StoredFile> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
