package org.certplan.platform.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.Fraction;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.programme.MultiSiteAuditTime;
import org.certplan.programme.SiteSampling;
import org.certplan.programme.Stage1Basis;
import org.eclipse.microprofile.config.Config;

/**
 * The CB's programme policy: every component of {@link ProgrammePolicy} can be overridden by
 * {@code certplan.policy.<kebab-case-name>} (e.g. {@code certplan.policy.major-nc-deadline-days=42}); the rest keep
 * the rule-book defaults. Read by record component so that a new policy value is configurable without more code.
 */
@ApplicationScoped
public class ProgrammePolicyProducer {

    static final String PREFIX = "certplan.policy.";

    @Produces
    @Singleton
    ProgrammePolicy policy(Config config) {
        ProgrammePolicy defaults = ProgrammePolicy.defaults();
        RecordComponent[] components = ProgrammePolicy.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String key = PREFIX + kebab(component.getName());
            Object fallback = invoke(component, defaults);
            values[i] = config.getOptionalValue(key, String.class)
                    .map(text -> parse(component.getType(), key, text.trim()))
                    .orElse(fallback);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return ProgrammePolicy.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Invalid certplan.policy: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Produces
    @Singleton
    CycleCalendar cycleCalendar(ProgrammePolicy policy) {
        return new CycleCalendar(policy);
    }

    @Produces
    @Singleton
    AuditTimeCalculator auditTimeCalculator(ProgrammePolicy policy) {
        return new AuditTimeCalculator(policy);
    }

    @Produces
    @Singleton
    MultiSiteAuditTime multiSiteAuditTime(ProgrammePolicy policy) {
        return new MultiSiteAuditTime(policy);
    }

    @Produces
    @Singleton
    SiteSampling siteSampling(ProgrammePolicy policy) {
        return new SiteSampling(policy);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Object parse(Class<?> type, String key, String text) {
        try {
            if (type == int.class) {
                return Integer.parseInt(text);
            }
            if (type == boolean.class) {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                return Boolean.parseBoolean(text);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (type == Fraction.class) {
                return Fraction.parse(text);
            }
            if (type == Stage1Basis.class) {
                return Stage1Basis.valueOf(text.toUpperCase().replace('-', '_'));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value '" + text + "' for " + key + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("No parser for policy values of type " + type);
    }

    private static Object invoke(RecordComponent component, ProgrammePolicy policy) {
        try {
            return component.getAccessor().invoke(policy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
