package nl.openbaar.api.cli;

import nl.openbaar.harvester.cli.HarvestCommand;
import nl.openbaar.harvester.source.ManifestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code openbaar} command. */
@Command(name = "openbaar", mixinStandardHelpOptions = true, version = "openbaar 0.1.0",
        description = "Municipal budgets, KPIs and documents as open data: harvest reports, serve SPARQL.",
        subcommands = {ServeCommand.class, HarvestCommand.class, nl.openbaar.harvester.cli.ExtractCommand.class, TokenCommand.class})
public final class OpenbaarCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new OpenbaarCli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof ManifestException || e instanceof IllegalArgumentException) {
                        cmd.getErr().println("error: " + e.getMessage());
                        return 2;
                    }
                    throw e;
                });
    }
}
