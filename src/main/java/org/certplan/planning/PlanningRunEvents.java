package org.certplan.planning;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live progress of the runs solving in this process, for {@code GET /planning-runs/{id}/events}: a per-run
 * broadcast fed from the solver's best-solution events. A subscriber first gets the latest best score (if any),
 * then each new one, then the final event, and the stream completes. An ended run's channel is kept for a while
 * so that a subscriber arriving just after the end still gets the final event from memory.
 */
@ApplicationScoped
public class PlanningRunEvents {

    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

    /** Called before the run is handed to the solver, so that no event of it is lost. */
    void open(long runId) {
        channels.put(runId, new Channel());
    }

    void progress(long runId, PlanningRunEvent event) {
        Channel channel = channels.get(runId);
        if (channel != null) {
            channel.publish(event);
        }
    }

    void end(long runId, PlanningRunEvent event) {
        Channel channel = channels.get(runId);
        if (channel != null) {
            channel.publish(event);
        }
    }

    /** The score of the run's latest progress event, if it had one. */
    Optional<String> latestScore(long runId) {
        Channel channel = channels.get(runId);
        return Optional.ofNullable(channel == null ? null : channel.latestScore());
    }

    /** Forgets an ended run; later subscribers read its final state from the database. */
    void forget(long runId) {
        channels.remove(runId);
    }

    /** The run's stream, or empty when this process does not hold the run (ended long ago, or never solved here). */
    Optional<Multi<PlanningRunEvent>> stream(long runId) {
        Channel channel = channels.get(runId);
        return channel == null ? Optional.empty()
                : Optional.of(Multi.createFrom().<PlanningRunEvent>emitter(channel::subscribe));
    }

    private static final class Channel {
        private final List<MultiEmitter<? super PlanningRunEvent>> subscribers = new ArrayList<>();
        private PlanningRunEvent latest;
        private PlanningRunEvent last;

        synchronized void subscribe(MultiEmitter<? super PlanningRunEvent> emitter) {
            if (latest != null) {
                emitter.emit(latest);
            }
            if (last != null) {
                emitter.emit(last);
                emitter.complete();
                return;
            }
            subscribers.add(emitter);
            emitter.onTermination(() -> unsubscribe(emitter));
        }

        private synchronized void unsubscribe(MultiEmitter<? super PlanningRunEvent> emitter) {
            subscribers.remove(emitter);
        }

        synchronized String latestScore() {
            return latest == null ? null : latest.score();
        }

        synchronized void publish(PlanningRunEvent event) {
            if (last != null) {
                return;
            }
            List<MultiEmitter<? super PlanningRunEvent>> current = List.copyOf(subscribers);
            if (event.isEnd()) {
                last = event;
                subscribers.clear();
                current.forEach(emitter -> {
                    emitter.emit(event);
                    emitter.complete();
                });
            } else {
                latest = event;
                current.forEach(emitter -> emitter.emit(event));
            }
        }
    }
}
