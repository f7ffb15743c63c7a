package uk.gov.pfe.web;

/** The request clashes with what exists: 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
