package dev.briefbot.telegram.sending;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Flow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files downloaded from the Bot API server ({@code <api>/file/bot<token>/<file_path>}), at most so many bytes: refused
 * by the length the server declares, and cut off as soon as more arrives. The URL holds the token, so it is never
 * logged nor put in an exception message: a failure is logged by its kind and status alone. TelegramBots' own
 * download is not used: it reads any answer whole into memory, an error page as if it were the file.
 */
public final class FileDownloads {

    private static final Logger log = LoggerFactory.getLogger(FileDownloads.class);
    private static final Duration CONNECT = Duration.ofSeconds(10);
    /** The whole download, first byte to last. */
    private static final Duration WHOLE = Duration.ofSeconds(60);

    private final URI apiUrl;
    private final String token;
    private final HttpClient http;

    /** @param apiUrl the Bot API server, as the client reaches it (TELEGRAM_API_URL) */
    public FileDownloads(URI apiUrl, String token) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.http = token.isEmpty() ? null : HttpClient.newBuilder().connectTimeout(CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Where no file can be downloaded: a sender built without the server's address. */
    public static FileDownloads none() {
        return new FileDownloads(URI.create("http://127.0.0.1"), "");
    }

    BotApi.Download download(String filePath, long mostBytes) throws InterruptedException {
        if (http == null || filePath == null || filePath.isBlank()) {
            log.warn("Telegram file not downloaded: {}", http == null ? "no Bot API server to ask" : "no file path");
            return new BotApi.Download.Failed();
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(fileUrl(filePath)).timeout(WHOLE).GET().build();
        } catch (IllegalArgumentException unusable) {
            log.warn("Telegram file not downloaded: its path gives no usable address");
            return new BotApi.Download.Failed();
        }
        CompletableFuture<HttpResponse<BotApi.Download>> pending = http.sendAsync(request,
                answer -> answer.statusCode() != 200 ? refused(answer.statusCode())
                        : answer.headers().firstValueAsLong("Content-Length").orElse(-1) > mostBytes
                                ? HttpResponse.BodySubscribers.replacing(new BotApi.Download.TooLarge())
                                : new AtMost(mostBytes));
        try {
            BotApi.Download download = pending.get(WHOLE.toMillis(), TimeUnit.MILLISECONDS).body();
            if (download instanceof BotApi.Download.TooLarge) {
                log.info("Telegram file not downloaded: more than {} bytes", mostBytes);
            }
            return download;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            log.warn("Telegram file not downloaded: {}", cause == null ? "failed" : cause.getClass().getSimpleName());
            return new BotApi.Download.Failed();
        } catch (TimeoutException slow) {
            pending.cancel(true);
            log.warn("Telegram file not downloaded: not complete in {} s", WHOLE.toSeconds());
            return new BotApi.Download.Failed();
        } catch (InterruptedException stopping) {
            pending.cancel(true);
            throw stopping;
        }
    }

    private static HttpResponse.BodySubscriber<BotApi.Download> refused(int status) {
        log.warn("Telegram file not downloaded: the server answered {}", status);
        return HttpResponse.BodySubscribers.replacing(new BotApi.Download.Failed());
    }

    /** The body as it comes, until one byte more than allowed has come: then the rest is never asked for. */
    private static final class AtMost implements HttpResponse.BodySubscriber<BotApi.Download> {

        private final long mostBytes;
        private final CompletableFuture<BotApi.Download> result = new CompletableFuture<>();
        private final ByteArrayOutputStream content = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        AtMost(long mostBytes) {
            this.mostBytes = mostBytes;
        }

        @Override
        public CompletionStage<BotApi.Download> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (content.size() + (long) buffer.remaining() > mostBytes) {
                    result.complete(new BotApi.Download.TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                content.writeBytes(bytes);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(new BotApi.Download.Downloaded(content.toByteArray()));
        }
    }

    /** The path's segments are percent-encoded as they stand; a path that climbs ("..") is not followed. */
    private URI fileUrl(String filePath) {
        StringBuilder path = new StringBuilder();
        for (String segment : filePath.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("a path that climbs");
            }
            if (!segment.isEmpty()) {
                path.append('/').append(encoded(segment));
            }
        }
        String base = apiUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/file/bot" + token + path);
    }

    private static String encoded(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
