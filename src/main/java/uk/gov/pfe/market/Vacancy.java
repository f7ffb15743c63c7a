package uk.gov.pfe.market;

import java.time.LocalDate;

/** Free places of one kind at a provider, as of a date. */
public record Vacancy(String providerId, BedType bedType, int vacancies, LocalDate asOf) {
}
