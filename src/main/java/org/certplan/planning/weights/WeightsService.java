package org.certplan.planning.weights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.SoftWeight;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;

/** Keeps the soft-constraint weights in the database, so every replica's next run uses the same ones. */
@ApplicationScoped
public class WeightsService {

    static final long MAX_WEIGHT = 1_000_000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Long> configured;

    public WeightsService(EntityManager em, ObjectMapper json, Clock clock, ObjectivePolicy policy) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.configured = policy.weights();
        configured.forEach((key, value) -> {
            if (SoftWeight.byKey(key).isEmpty() || value < 0 || value > MAX_WEIGHT) {
                throw new IllegalStateException("certplan.policy.objective.weights." + key + "=" + value
                        + ": not a known weight between 0 and " + MAX_WEIGHT + "; known: " + keys());
            }
        });
    }

    /** The weights for a new planning run. */
    @Transactional
    public AuditPlanWeights current() {
        return weightsOf(overrides(row()));
    }

    @Transactional
    public WeightsView view() {
        return viewOf(row());
    }

    @Transactional
    public WeightsView update(WeightsRequest request, String user) {
        if (request.version() == null) {
            throw ProblemException.invalid("version", "must be sent back: read GET /api/v1/policy/weights first");
        }
        Map<String, Long> merged = new TreeMap<>(overrides(row()));
        request.weights().forEach((key, value) -> {
            if (SoftWeight.byKey(key).isEmpty()) {
                throw ProblemException.invalid("weights." + key, "unknown weight; known: " + keys());
            }
            if (value != null && (value < 0 || value > MAX_WEIGHT)) {
                throw ProblemException.invalid("weights." + key, "must lie between 0 and " + MAX_WEIGHT);
            }
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        SoftWeights row = em.find(SoftWeights.class, SoftWeights.ID, LockModeType.PESSIMISTIC_WRITE);
        if (row.version != request.version()) {
            throw ProblemException.staleVersion("the weights", request.version(), row.version);
        }
        row.overrides = Texts.json(json, merged);
        row.updatedAt = clock.instant();
        row.updatedBy = user;
        row.reason = request.reason();
        em.flush();
        return viewOf(row);
    }

    private SoftWeights row() {
        return em.find(SoftWeights.class, SoftWeights.ID);
    }

    private WeightsView viewOf(SoftWeights row) {
        AuditPlanWeights weights = weightsOf(overrides(row));
        AuditPlanWeights defaults = defaults();
        return new WeightsView(Arrays.stream(SoftWeight.values())
                .map(w -> new WeightsView.Entry(w.key(), w.constraint(), w.level().name(), w.valueIn(weights),
                        w.valueIn(defaults)))
                .toList(), row.updatedAt, row.updatedBy, row.reason, row.version);
    }

    /** The rule book's weights with the configured ones (certplan.policy.objective.weights) over them. */
    AuditPlanWeights defaults() {
        AuditPlanWeights weights = new AuditPlanWeights();
        configured.forEach((key, value) -> SoftWeight.byKey(key).ifPresent(w -> w.set(weights, value)));
        return weights;
    }

    /** The defaults with the planners' changes over them. */
    private AuditPlanWeights weightsOf(Map<String, Long> overrides) {
        AuditPlanWeights weights = defaults();
        overrides.forEach((key, value) -> SoftWeight.byKey(key).ifPresent(w -> w.set(weights, value)));
        return weights;
    }

    private static List<String> keys() {
        return Arrays.stream(SoftWeight.values()).map(SoftWeight::key).toList();
    }

    private Map<String, Long> overrides(SoftWeights row) {
        try {
            return json.readValue(row.overrides, new TypeReference<Map<String, Long>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("soft_weights.overrides is not a JSON object of weights", e);
        }
    }
}
