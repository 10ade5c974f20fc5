package nl.openbaar.api.staff;

import java.nio.file.Path;

/** Staff access over one data directory: the tokens and the audit log under {@code <data>/staff/}. */
public record Staff(TokenStore tokens, StaffAuth auth, AuditLog audit) {

    public static Staff in(Path dataDirectory) {
        Path directory = dataDirectory.resolve("staff");
        TokenStore tokens = new TokenStore(directory);
        return new Staff(tokens, new StaffAuth(tokens), new AuditLog(directory.resolve("audit.jsonl")));
    }
}
