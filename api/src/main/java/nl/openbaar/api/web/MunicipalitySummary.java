package nl.openbaar.api.web;

import java.util.List;

/**
 * One municipality with reports in Openbaar.
 *
 * @param years the fiscal years of its reports, ascending
 */
public record MunicipalitySummary(String code, String name, List<String> years, int documents) {
    public String path() {
        return MunicipalityPage.path(code);
    }

    public String latestYearPath() {
        return years.isEmpty() ? path() : MunicipalityPage.path(code, years.get(years.size() - 1));
    }
}
