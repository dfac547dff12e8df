package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowTest {

    private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MAR_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

    @Test
    void startAfterEndIsRejected() {
        assertThatThrownBy(() -> new Window(MAR_31, MAR_31, MAR_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after it ends");
    }

    @Test
    void targetOutsideIsRejectedByTheConstructor() {
        assertThatThrownBy(() -> new Window(MAR_10, MAR_1, MAR_31))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> new Window(MAR_1, MAR_31.plusDays(1), MAR_31))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clampedMovesTheTargetToTheNearestEdge() {
        assertThat(Window.clamped(MAR_10, MAR_1, MAR_31).target()).isEqualTo(MAR_10);
        assertThat(Window.clamped(MAR_1, MAR_31.plusDays(5), MAR_10).target()).isEqualTo(MAR_10);
        assertThat(Window.clamped(MAR_1, MAR_10, MAR_31).target()).isEqualTo(MAR_10);
    }

    @Test
    void singleDayWindow() {
        Window window = new Window(MAR_10, MAR_10, MAR_10);
        assertThat(window.lengthInDays()).isEqualTo(1);
        assertThat(window.contains(MAR_10)).isTrue();
        assertThat(window.contains(MAR_10.plusDays(1))).isFalse();
    }

    @Test
    void containsBothEdgesOfAnAudit() {
        Window window = new Window(MAR_1, MAR_10, MAR_31);
        assertThat(window.contains(MAR_1, MAR_1.plusDays(2))).isTrue();
        assertThat(window.contains(MAR_31.minusDays(2), MAR_31)).isTrue();
        assertThat(window.contains(MAR_31.minusDays(2), MAR_31.plusDays(1))).as("ends too late").isFalse();
        assertThat(window.contains(MAR_1.minusDays(1), MAR_1.plusDays(1))).as("starts too early").isFalse();
        assertThat(window.contains(MAR_10, MAR_1)).as("reversed").isFalse();
        assertThat(window.lengthInDays()).isEqualTo(31);
    }

    @Test
    void daysFromTarget() {
        Window window = new Window(MAR_1, MAR_10, MAR_31);
        assertThat(window.daysFromTarget(MAR_1)).isEqualTo(-9);
        assertThat(window.daysFromTarget(MAR_31)).isEqualTo(21);
    }
}
