package nl.openbaar.api.woo.request;

import java.util.Optional;

/** How a Woo request came in; Woo art. 4.1 lid 2 allows written and oral requests, also electronically. */
public enum Channel implements Code {
    EMAIL("e-mail", "e-mail", "e-mail"),
    WEBFORMULIER("webformulier", "webformulier", "web form"),
    POST("post", "post", "letter"),
    MONDELING("mondeling", "mondeling", "oral");

    private final String code;
    private final String nl;
    private final String en;

    Channel(String code, String nl, String en) {
        this.code = code;
        this.nl = nl;
        this.en = en;
    }

    @Override public String code() { return code; }
    @Override public String labelNl() { return nl; }
    @Override public String labelEn() { return en; }
    @Override public String conceptName() { return "woo-channel-" + code; }

    public static Optional<Channel> ofCode(String code) {
        return Code.of(Channel.class, code);
    }
}
