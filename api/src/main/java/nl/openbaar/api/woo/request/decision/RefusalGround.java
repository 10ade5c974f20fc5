package nl.openbaar.api.woo.request.decision;

import nl.openbaar.api.woo.request.Code;

/**
 * A refusal ground of Woo art. 5.1 or 5.2.
 *
 * @param code    the short code, e.g. {@code 5.1.2e}
 * @param article where the law says it, e.g. "Woo art. 5.1 lid 2 onder e"
 * @param kind    absoluut, relatief or bijzonder (5.2)
 */
public record RefusalGround(String code, String article, String kind, String labelNl, String labelEn) implements Code {
    @Override
    public String conceptName() {
        return "woo-ground-" + code;
    }
}
