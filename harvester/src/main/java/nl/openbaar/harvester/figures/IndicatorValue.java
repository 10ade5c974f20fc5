package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One indicator value read from a table.
 *
 * @param indicator the indicator's label as printed, without trailing period, period or norm
 * @param description what else the report prints with the indicator (its norm), if anything
 * @param year the year the value is about; empty for a norm without a year
 * @param value the value in the indicator's unit; empty when the cell prints text ("Zie begroting GR", "n.b.") or a
 *     mark for no data ("-"), kept as printed in {@code printedValue}
 */
public record IndicatorValue(CellRef ref, String programme, String indicator, Optional<String> description,
                             Optional<Unit> unit, OptionalInt year, ValueKind valueKind, Optional<BigDecimal> value,
                             Optional<Bound> bound, Optional<Boolean> targetMet, Optional<String> explanation,
                             String printedValue, String locator) {
}
