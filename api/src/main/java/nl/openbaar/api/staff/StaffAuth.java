package nl.openbaar.api.staff;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.api.problem.ProblemException;

/**
 * Signs in staff by their bearer token. {@link #require} answers 401 (with {@code WWW-Authenticate: Bearer}) when
 * there is no token or an unknown one, and 403 when the token's role may not do what is asked.
 */
public final class StaffAuth {
    private static final String REALM = "Bearer realm=\"openbaar-staff\"";

    private final TokenStore tokens;

    public StaffAuth(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** The signed-in staff member, who has one of {@code anyOf} (an administrator always has). */
    public StaffMember require(Context ctx, Role... anyOf) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("").trim();
        if (header.isEmpty()) {
            throw unauthorized(REALM, "this needs a staff token: send 'Authorization: Bearer <token>' (create one with './openbaar token create --role ROLE')");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(REALM + ", error=\"invalid_request\"", "only bearer tokens are accepted: 'Authorization: Bearer <token>'");
        }
        StaffMember member = tokens.find(header.substring(7).trim())
                .orElseThrow(() -> unauthorized(REALM + ", error=\"invalid_token\"", "the token is not known"));
        if (!member.mayActAs(anyOf)) {
            throw new ProblemException(Problem.of("forbidden", "Forbidden", 403, "the role '" + member.role().label()
                    + "' may not do this; it needs " + Arrays.stream(anyOf).map(Role::label).collect(Collectors.joining(" or "))
                    + (Arrays.asList(anyOf).contains(Role.ADMIN) ? "" : " (or admin)")));
        }
        return member;
    }

    private static ProblemException unauthorized(String challenge, String detail) {
        return new ProblemException(Problem.of("unauthorized", "Unauthorized", 401, detail), Map.of("WWW-Authenticate", challenge));
    }
}
