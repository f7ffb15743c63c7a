package uk.gov.pfe.security;

import java.util.List;

/** The candidate groups of the contract (PROCEDURE.md §1), exact ids. */
public final class Groups {

    public static final String QUALITY_TEAM = "quality-team";
    public static final String COMMISSIONING = "commissioning";
    public static final String PLACEMENT_SERVICE = "placement-service";
    public static final String SAFEGUARDING = "safeguarding";
    public static final String SOCIAL_WORK = "social-work";
    public static final String CHC_TEAM = "chc-team";
    public static final String SENIOR_MANAGERS = "senior-managers";
    public static final String MANAGERS = "managers";
    public static final String AUDITORS = "auditors";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** The teams that work tasks in Tasklist. */
    public static final List<String> OPERATIONAL = List.of(
            QUALITY_TEAM, COMMISSIONING, PLACEMENT_SERVICE, SAFEGUARDING, SOCIAL_WORK, CHC_TEAM, SENIOR_MANAGERS);

    /** Who may open a case: start form, start messages, POST /api/cases. */
    public static final List<String> CASE_STARTERS = List.of(QUALITY_TEAM, COMMISSIONING, SENIOR_MANAGERS);

    /** The teams that work with each person: they may report that a person left the service. */
    public static final List<String> PERSON_TEAMS = List.of(PLACEMENT_SERVICE, SOCIAL_WORK, CHC_TEAM);

    /** Who may import into the market register. */
    public static final List<String> REGISTER_IMPORTERS = List.of(COMMISSIONING, PLACEMENT_SERVICE, CAMUNDA_ADMIN);

    public static final List<String> ALL = List.of(
            QUALITY_TEAM, COMMISSIONING, PLACEMENT_SERVICE, SAFEGUARDING, SOCIAL_WORK, CHC_TEAM, SENIOR_MANAGERS,
            MANAGERS, AUDITORS, CAMUNDA_ADMIN);

    private Groups() {
    }

    /** A readable name for the Admin webapp. */
    public static String displayName(String groupId) {
        return switch (groupId) {
            case QUALITY_TEAM -> "Integrated commissioning quality team";
            case COMMISSIONING -> "Commissioning managers";
            case PLACEMENT_SERVICE -> "Placement service / brokerage";
            case SAFEGUARDING -> "Adult social care safeguarding";
            case SOCIAL_WORK -> "Adult social care assessment and review";
            case CHC_TEAM -> "NHS continuing healthcare";
            case SENIOR_MANAGERS -> "Directors / on-call senior managers";
            case MANAGERS -> "Service managers (read only)";
            case AUDITORS -> "Internal audit and records (read only)";
            case CAMUNDA_ADMIN -> "System administrators";
            default -> groupId;
        };
    }
}
