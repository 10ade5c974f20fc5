package nl.openbaar.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.openbaar.api.staff.IssuedToken;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.staff.Staff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code openbaar token}: staff bearer tokens for the register's staff endpoints. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Staff bearer tokens (roles publisher, woo-officer, admin) for the Woo register's staff endpoints.",
        subcommands = {TokenCommand.Create.class})
public final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code openbaar token create --role ROLE [--name NAME] [--data DIR]}: prints a new token, once. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Creates a staff token and prints it once; only its SHA-256 hash is stored (in <data>/staff/).",
                    "Send it as 'Authorization: Bearer <token>'."})
    public static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true, converter = RoleConverter.class,
                description = "publisher, woo-officer or admin (admin may do everything).")
        Role role;

        @Option(names = "--name", defaultValue = "staff", description = "Who the token is for, as shown in the audit log (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--data", defaultValue = "${env:OPENBAAR_DATA:-./data}", description = "Data directory (default: ${DEFAULT-VALUE}).")
        Path data;

        @Override
        public Integer call() {
            IssuedToken token = Staff.in(data).tokens().create(role, name);
            PrintWriter out = spec.commandLine().getOut();
            out.println(token.secret());
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.printf("token %s for '%s' with role %s; it is shown only this once%n", token.member().id(), name, role.label());
            err.flush();
            return 0;
        }
    }

    /** Reads a role as picocli's error reporting expects. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
