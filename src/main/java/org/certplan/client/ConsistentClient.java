package org.certplan.client;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a {@link ClientRequest} that span fields: identical-work persons within the head count (AT-2), exactly
 * one central function (MS-1), site head counts within the client's, no site listed twice, and blackout periods
 * that run forwards and do not overlap (CYC-10). Each broken rule is reported on the field it concerns.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentClient.Validator.class)
public @interface ConsistentClient {

    String message() default "the client is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentClient, ClientRequest> {

        @Override
        public boolean isValid(ClientRequest client, ConstraintValidatorContext context) {
            if (client == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = identicalWorkWithinPersons(client, context);
            if (client.sites() != null) {
                List<SiteRequest> sites = client.sites().stream().filter(Objects::nonNull).toList();
                valid &= oneCentralFunction(sites, context);
                valid &= sitePersonsWithinPersons(client.persons(), sites, context);
                valid &= noSiteTwice(client.sites(), context);
                valid &= reductionsJustified(client.sites(), context);
            }
            if (client.blackouts() != null) {
                valid &= blackoutsRunForwards(client.blackouts(), context);
                valid &= noOverlappingBlackouts(client.blackouts(), context);
            }
            return valid;
        }

        private static boolean identicalWorkWithinPersons(ClientRequest client, ConstraintValidatorContext context) {
            if (client.identicalWorkPersons() == null || client.persons() == null
                    || client.identicalWorkPersons() <= client.persons()) {
                return true;
            }
            return violation(context, "identicalWorkPersons",
                    "must not exceed persons (" + client.persons() + "): they are part of the head count (AT-2)");
        }

        private static boolean oneCentralFunction(List<SiteRequest> sites, ConstraintValidatorContext context) {
            long central = sites.stream().filter(SiteRequest::central).count();
            return central == 1 || violation(context, "sites",
                    "exactly one site must be the central function (MS-1); " + central + " are marked central");
        }

        private static boolean sitePersonsWithinPersons(Integer persons, List<SiteRequest> sites,
                ConstraintValidatorContext context) {
            long sum = sites.stream().map(SiteRequest::persons).filter(Objects::nonNull).mapToLong(p -> p).sum();
            return persons == null || sum <= persons || violation(context, "sites",
                    "the sites' persons add up to " + sum + ", more than the client's " + persons + " persons");
        }

        private static boolean noSiteTwice(List<SiteRequest> sites, ConstraintValidatorContext context) {
            Set<Long> seen = new HashSet<>();
            boolean valid = true;
            for (int i = 0; i < sites.size(); i++) {
                Long id = sites.get(i) == null ? null : sites.get(i).id();
                if (id != null && !seen.add(id)) {
                    valid = violation(context, "sites", i, "id", "site " + id + " is listed more than once");
                }
            }
            return valid;
        }

        /** MS-4: a site's time is reduced only with a justification. */
        private static boolean reductionsJustified(List<SiteRequest> sites, ConstraintValidatorContext context) {
            boolean valid = true;
            for (int i = 0; i < sites.size(); i++) {
                SiteRequest site = sites.get(i);
                if (site != null && site.reductionPercent() > 0 && (site.auditTimeReductionReason() == null
                        || site.auditTimeReductionReason().isBlank())) {
                    valid = violation(context, "sites", i, "auditTimeReductionReason",
                            "is required when the site's time is reduced (MS-4)");
                }
            }
            return valid;
        }

        private static boolean blackoutsRunForwards(List<BlackoutRequest> blackouts,
                ConstraintValidatorContext context) {
            boolean valid = true;
            for (int i = 0; i < blackouts.size(); i++) {
                BlackoutRequest b = blackouts.get(i);
                if (b != null && b.from() != null && b.to() != null && b.to().isBefore(b.from())) {
                    valid = violation(context, "blackouts", i, "to", "must not be before from (" + b.from() + ")");
                }
            }
            return valid;
        }

        private static boolean noOverlappingBlackouts(List<BlackoutRequest> blackouts,
                ConstraintValidatorContext context) {
            List<Integer> byStart = new ArrayList<>();
            for (int i = 0; i < blackouts.size(); i++) {
                BlackoutRequest b = blackouts.get(i);
                if (b != null && b.from() != null && b.to() != null && !b.to().isBefore(b.from())) {
                    byStart.add(i);
                }
            }
            byStart.sort(Comparator.comparing((Integer i) -> blackouts.get(i).from()).thenComparing(i -> i));
            boolean valid = true;
            Integer latestEnding = null;
            for (int i : byStart) {
                BlackoutRequest b = blackouts.get(i);
                if (latestEnding != null && !b.from().isAfter(blackouts.get(latestEnding).to())) {
                    int first = Math.min(latestEnding, i);
                    int second = Math.max(latestEnding, i);
                    valid = violation(context, "blackouts", "blackouts[" + first + "] (" + period(blackouts.get(first))
                            + ") and blackouts[" + second + "] (" + period(blackouts.get(second))
                            + ") overlap; merge them into one period (CYC-10)");
                }
                if (latestEnding == null || b.to().isAfter(blackouts.get(latestEnding).to())) {
                    latestEnding = i;
                }
            }
            return valid;
        }

        private static String period(BlackoutRequest blackout) {
            return blackout.from() + " to " + blackout.to();
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }

        /** A violation on a field of one element of a list, such as {@code sites[2].id}. */
        private static boolean violation(ConstraintValidatorContext context, String list, int index, String field,
                String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(list)
                    .addPropertyNode(field).inIterable().atIndex(index).addConstraintViolation();
            return false;
        }
    }
}
