package uk.gov.pfe.process;

/** The provider's CQC rating. */
public enum CqcRating {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NOT_YET_RATED
}
