package org.certplan.planning.replanning;

/**
 * How many published audits one change set may move without a planner: a fixed count, or a percentage of the
 * published audits it could move.
 */
public record ChurnBudget(Integer count, Double percent) {

    public static ChurnBudget parse(String text) {
        String value = text.trim();
        try {
            if (value.endsWith("%")) {
                double percent = Double.parseDouble(value.substring(0, value.length() - 1).trim());
                if (percent < 0) {
                    throw new IllegalArgumentException();
                }
                return new ChurnBudget(null, percent);
            }
            int count = Integer.parseInt(value);
            if (count < 0) {
                throw new IllegalArgumentException();
            }
            return new ChurnBudget(count, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("certplan.replanning.max-changed-published must be a count (25) or a "
                    + "percentage (2%), not '" + text + "'", e);
        }
    }

    /** The number of published audits that may change when {@code published} are published. */
    public int allowed(int published) {
        return count != null ? count : (int) Math.floor(published * percent / 100.0);
    }

    @Override
    public String toString() {
        return count != null ? String.valueOf(count) : percent + "%";
    }
}
