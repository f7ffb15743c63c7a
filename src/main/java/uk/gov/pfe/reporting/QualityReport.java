package uk.gov.pfe.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The quality update for the joint commissioning board: what the table shows, field by field. */
public record QualityReport(LocalDate from, LocalDate to, List<ProfileRow> ratingsProfile, List<Watched> providersToWatch,
        Activity activity, OutcomesAfterMoves outcomesAfterMoves, List<RatingChange> ratingChanges) {

    /** One cell: the count at {@code to}, and at {@code from}; shown as "8 (7)" when they differ. */
    public record Cell(int now, int before) {
        public String display() {
            return now == before ? String.valueOf(now) : now + " (" + before + ")";
        }
    }

    /** One row of the ratings table: a service type and its cells in the board's column order. */
    public record ProfileRow(String serviceType, String label, Map<String, Cell> cells) {
    }

    /** A provider under enhanced monitoring, with placements suspended, or in an open case. */
    public record Watched(String providerId, String name, String serviceType, String cqcRating, boolean placementsSuspended,
            String caseReference, String escalationLevel, Integer daysOpen) {
    }

    public record Activity(Map<String, Integer> casesOpenedByLevel, Map<String, Integer> casesOpenedByTrigger,
            Map<String, Integer> casesClosedByLevel, Map<String, Integer> escalationsByTeam, int peopleRelocated,
            int mutualAidShiftsPerDayDeployed) {
    }

    /**
     * Hospital admissions and deaths in the period of people the procedure had moved, counted once per
     * person, by how soon after the move they happened (the 90-day counts include the 30-day ones).
     */
    public record OutcomesAfterMoves(int hospitalAdmissionsWithin30Days, int hospitalAdmissionsWithin90Days,
            int deathsWithin30Days, int deathsWithin90Days) {
    }

    public record RatingChange(String providerId, String name, String serviceType, String from, String to,
            LocalDate effectiveOn) {
    }
}
