package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChurnBudgetTest {

    @Test
    void aPercentageIsOfThePublishedAuditsRoundedDown() {
        ChurnBudget budget = ChurnBudget.parse("2%");
        assertThat(budget.allowed(49)).isZero();
        assertThat(budget.allowed(50)).isEqualTo(1);
        assertThat(budget.allowed(1_000)).isEqualTo(20);
        assertThat(ChurnBudget.parse("0.5 %").allowed(1_000)).isEqualTo(5);
    }

    @Test
    void aCountIsACount() {
        assertThat(ChurnBudget.parse("25").allowed(3)).isEqualTo(25);
        assertThat(ChurnBudget.parse("0").allowed(10_000)).isZero();
    }

    @Test
    void anythingElseIsRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> ChurnBudget.parse("two")).hasMessageContaining("max-changed-published");
        assertThatThrownBy(() -> ChurnBudget.parse("-1")).hasMessageContaining("max-changed-published");
        assertThatThrownBy(() -> ChurnBudget.parse("-3%")).hasMessageContaining("max-changed-published");
    }
}
