package dev.briefbot.telegram.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class ChatLanesTest {

    private final List<Integer> handled = new CopyOnWriteArrayList<>();

    @Test
    void shouldAnswerAnUpdateDeliveredTwiceOnce() {
        try (ChatLanes lanes = lanes(update -> handled.add(update.updateId()), 4, 10)) {
            Update update = update(1, 7);
            lanes.consume(List.of(update, update));
            lanes.consume(List.of(update));
            lanes.drain(Duration.ofSeconds(5));
        }
        assertThat(handled).containsExactly(1);
    }

    @Test
    void shouldKeepOneChatsUpdatesInOrderAndSurviveAFailingHandler() {
        ChatLanes lanes = lanes(update -> {
            if (update.updateId() == 2) {
                throw new IllegalStateException("boom");
            }
            handled.add(update.updateId());
        }, 4, 10);

        lanes.consume(List.of(update(1, 7), update(2, 7), update(3, 7), update(4, 8), update(5, 7)));
        lanes.drain(Duration.ofSeconds(5));

        assertThat(handled).containsExactlyInAnyOrder(1, 3, 4, 5);
        assertThat(handled.stream().filter(id -> id != 4)).containsExactly(1, 3, 5);
    }

    /** Lanes for a handler that tells nothing of how an update ended: each is reported as answered. */
    static ChatLanes lanes(Consumer<TelegramUpdate> handler, int laneCount, int capacity) {
        return new ChatLanes(new UpdateReader(() -> "BriefBot"), update -> {
            handler.accept(update);
            return UpdateOutcome.ANSWERED;
        }, new UpdateReport(new SimpleMeterRegistry()), laneCount, capacity);
    }

    private static Update update(int id, long chatId) {
        Message message = new Message();
        message.setMessageId(id);
        message.setChat(new Chat(chatId, "private"));
        message.setText("hello");
        Update update = new Update();
        update.setUpdateId(id);
        update.setMessage(message);
        return update;
    }
}
