package uk.gov.pfe.staffing;

/** Where partner staff come from, in the order they are asked; agency staff cost money and need approval. */
public enum StaffSource { NHS_BANK, PARTNER_PROVIDER, HOME_CARE_RETAINER, AGENCY }
