package dev.briefbot.telegram.fake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The scripted faults still to inflict, in the order they were scripted. */
final class FaultScript {

    private static final class Scripted {
        final String method;
        final Fault fault;
        int remaining;

        Scripted(String method, Fault fault) {
            this.method = method;
            this.fault = fault;
            this.remaining = fault.times();
        }

        boolean matches(String calledMethod, Long chatId) {
            return method.equalsIgnoreCase(calledMethod)
                    && (fault.chatId() == null || fault.chatId().equals(chatId));
        }
    }

    private final List<Scripted> script = new ArrayList<>();

    synchronized void add(String method, Fault fault) {
        script.add(new Scripted(method, fault));
    }

    /** The first fault scripted for this call, used up once. */
    synchronized Optional<Fault> take(String method, Long chatId) {
        for (Iterator<Scripted> it = script.iterator(); it.hasNext(); ) {
            Scripted next = it.next();
            if (next.matches(method, chatId)) {
                if (--next.remaining <= 0) {
                    it.remove();
                }
                return Optional.of(next.fault);
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        script.clear();
    }
}
