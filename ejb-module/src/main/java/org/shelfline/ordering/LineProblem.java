package org.shelfline.ordering;

import org.shelfline.shared.BusinessException;

/** Why one line (of a quick order, a reorder or a saved list) was not added to the cart. */
public record LineProblem(int lineNo, String line, String messageKey, Object[] arguments) {

    static LineProblem of(int lineNo, String line, BusinessException refusal) {
        return new LineProblem(lineNo, line, refusal.messageKey(), refusal.arguments());
    }
}
