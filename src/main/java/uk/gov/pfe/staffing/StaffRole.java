package uk.gov.pfe.staffing;

/** The kinds of staff mutual aid provides. */
public enum StaffRole { REGISTERED_NURSE, CARE_WORKER }
