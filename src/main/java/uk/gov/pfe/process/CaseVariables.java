package uk.gov.pfe.process;

import static uk.gov.pfe.process.Variable.bool;
import static uk.gov.pfe.process.Variable.enumOf;
import static uk.gov.pfe.process.Variable.integer;
import static uk.gov.pfe.process.Variable.string;

/** The variables of the case process and its called processes (contract names, PROCEDURE.md §3). */
public final class CaseVariables {

    public static final Variable<String> CASE_REFERENCE = string("caseReference");
    public static final Variable<String> PROVIDER_ID = string("providerId");
    public static final Variable<Trigger> TRIGGER = enumOf("trigger", Trigger.class);
    public static final Variable<String> CONCERN_SUMMARY = string("concernSummary");
    public static final Variable<CqcRating> CQC_RATING = enumOf("cqcRating", CqcRating.class);
    public static final Variable<Integer> PEOPLE_AFFECTED = integer("peopleAffected");
    public static final Variable<Integer> STAFFING_SHORTFALL_PERCENT = integer("staffingShortfallPercent");
    public static final Variable<Integer> SAFEGUARDING_CONCERNS_OPEN = integer("safeguardingConcernsOpen");
    public static final Variable<Integer> DAYS_UNTIL_SERVICE_ENDS = integer("daysUntilServiceEnds");
    public static final Variable<EscalationLevel> ESCALATION_LEVEL = enumOf("escalationLevel", EscalationLevel.class);
    public static final Variable<Decision> DECISION = enumOf("decision", Decision.class);
    public static final Variable<Boolean> SECTION_48_APPLIES = bool("section48Applies");
    public static final Variable<String> SECTION_48_REASON = string("section48Reason");
    public static final Variable<String> LESSONS_LEARNED = string("lessonsLearned");

    // placement suspension
    public static final Variable<Boolean> SUSPEND_PLACEMENTS = bool("suspendPlacements");
    public static final Variable<String> SUSPENSION_SCOPE = string("suspensionScope");
    public static final Variable<String> SUSPENSION_REVIEW_DATE = string("suspensionReviewDate");

    // escalation of overdue work (local to the escalation path)
    public static final Variable<String> OVERDUE_TASK = string("overdueTask");

    // mutual aid
    public static final Variable<Integer> NURSE_SHIFTS_NEEDED = integer("nurseShiftsNeededPerDay");
    public static final Variable<Integer> CARE_WORKER_SHIFTS_NEEDED = integer("careWorkerShiftsNeededPerDay");
    public static final Variable<Integer> SHIFTS_UNCOVERED = integer("shiftsUncoveredPerDay");
    public static final Variable<Integer> STAFFING_REQUEST_NUMBER = integer("staffingRequestNumber");

    private CaseVariables() {
    }
}
