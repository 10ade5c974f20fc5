package nl.openbaar.api.woo.request.deadline;

import java.time.LocalDate;

/**
 * A day on which no statutory term ends under the Algemene termijnenwet: a general holiday of art. 3 lid 1, Good
 * Friday (lid 2), or a day equated with them by decree (lid 3).
 *
 * @param basis  the article that makes it a holiday, e.g. "Atw art. 3 lid 1"
 * @param source where the rule or the decree can be read
 */
public record Holiday(LocalDate date, String nameNl, String nameEn, String basis, String source) {
}
