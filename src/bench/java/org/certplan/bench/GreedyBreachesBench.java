package org.certplan.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.certplan.dataset.DatasetGenerator;
import org.certplan.dataset.DatasetImporter;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanBuilder;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.PlanSnapshot;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.RuleMatch;
import org.certplan.planning.baseline.GreedyPlanner;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Which hard rules the greedy baseline's plan breaks on a bench dataset ({@link BenchSettings}), match by match,
 * with whether the audits involved are pinned (confirmed, pinned or booked load) or planned by the baseline.
 */
@QuarkusTest
class GreedyBreachesBench {

    private static final Logger LOG = Logger.getLogger(GreedyBreachesBench.class);

    @Inject
    DatasetGenerator generator;
    @Inject
    DatasetImporter importer;
    @Inject
    AuditPlanBuilder builder;

    @Test
    void listBreaches() {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        importer.importDataset(generator.generate(settings.size(), settings.profile(), settings.seed(), settings.reference()));
        PlanSnapshot snapshot = builder.snapshot(settings.horizonFrom(), settings.horizonTo());
        SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions = SolutionManager.create(
                SolverFactory.create(PlanQualityBench.solverConfig(Duration.ofSeconds(1))));
        AuditPlan before = snapshot.plan(new AuditPlanWeights());
        LOG.infof("breaches %s: plan as read (before the baseline) %s", settings.size(), solutions.update(before));
        report("as read", before, solutions);
        AuditPlan problem = snapshot.plan(new AuditPlanWeights());
        AuditPlan plan = GreedyPlanner.plan(problem);
        LOG.infof("breaches %s: greedy %s, %d audits left unplanned: %s", settings.size(), solutions.update(plan),
                problem.getAudits().size() - plan.getAudits().size(), problem.getAudits().stream()
                        .filter(audit -> !plan.getAudits().contains(audit)).map(PlanningAudit::getId).toList());
        report("greedy", plan, solutions);
    }

    private static void report(String label, AuditPlan plan, SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions) {
        Map<Long, PlanningAudit> audits = plan.getAudits().stream()
                .collect(Collectors.toMap(PlanningAudit::getId, a -> a));
        Map<String, Long> perRule = new TreeMap<>();
        solutions.explain(plan).getConstraintMatchTotalMap().values().forEach(total -> total.getConstraintMatchSet()
                .stream().filter(m -> m.getScore().hardScore() < 0).forEach(m -> {
                    RuleMatch rule = (RuleMatch) m.getJustification();
                    perRule.merge(total.getConstraintName(), -m.getScore().hardScore(), Long::sum);
                    String who = rule.auditIds().stream().map(id -> {
                        PlanningAudit a = audits.get(id);
                        return id + (a == null ? "?" : (id < 0 ? " booked load" : a.isPinned() ? " pinned" : " planned")
                                + " " + a.getType() + " " + a.getStartDate() + ".." + a.lastDay()
                                + " window " + a.getEarliestStart() + ".." + a.getLatestEnd()
                                + " range " + (a.getStartDateRange().isEmpty() ? "empty"
                                        : a.getStartDateRange().get(0) + ".." + a.getStartDateRange().get(a.getStartDateRange().size() - 1)
                                                + " (" + a.getStartDateRange().size() + ")"));
                    }).collect(Collectors.joining("; "));
                    LOG.infof("breaches %s: %s %s [%s] %s -- %s", label, m.getScore(), rule.ruleId(),
                            total.getConstraintName(), rule.text(), who);
                }));
        perRule.forEach((rule, hard) -> LOG.infof("breaches %s total: %s -%d hard", label, rule, hard));
    }
}
