package org.shelfline.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/** A price per case that applies from {@code minCases} cases upwards. */
public record PriceBreak(int minCases, BigDecimal casePrice) {

    public PriceBreak {
        if (minCases < 1) {
            throw new IllegalArgumentException("A price break starts at one case or more");
        }
        Objects.requireNonNull(casePrice, "casePrice");
        if (casePrice.signum() < 0) {
            throw new IllegalArgumentException("A case price cannot be negative");
        }
    }
}
