package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.redflag.RedflagException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code redflag} command: finds job ads with signs of labour trafficking and recruitment fraud. */
@Command(name = "redflag", mixinStandardHelpOptions = true, versionProvider = RedflagCommand.Version.class,
        description = "Finds online job ads that show signs of labour trafficking, forced labour and recruitment fraud.",
        subcommands = {AssessCommand.class, ScanCommand.class, RunCommand.class, RescoreCommand.class, ScrapeCommand.class, SearchCommand.class,
                ReportCommand.class, TrainCommand.class, TrainIndicatorsCommand.class, EvaluateCommand.class, ExportArffCommand.class,
                CorpusCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class RedflagCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // CoreNLP lowercases words with the default locale: under a Turkish one "HIRING" would be tagged and
        // lemmatised as "hırıng", and an ad in capitals scored otherwise than Redflag was measured with
        Locale.setDefault(Locale.ROOT);
        System.exit(execute(args));
    }

    /**
     * @param args the arguments
     * @return the exit code: 0 success, 1 failure, 2 bad usage
     */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * @param out where results go
     * @param err where errors and progress go
     * @param args the arguments
     * @return the exit code: 0 success, 1 failure, 2 bad usage
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RedflagCommand())
                .setOut(new PrintWriter(new TerminalText(out, false), true))
                .setErr(new PrintWriter(new TerminalText(err, true), true));
        Ranges.wholeNumbersInPlainWords(cli);
        cli.setParameterExceptionHandler(RedflagCommand::badUsage);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable cause = userError(e);
            String name = cmd.getCommandSpec().qualifiedName();
            if (cause instanceof RedflagException) {
                // one line, whatever the message a library gave the error holds (Jackson adds its source on a line of its own)
                cmd.getErr().println(name + ": " + oneLine(cause.getMessage()));
            } else {
                cmd.getErr().println(name + ": internal error: " + e
                        + (Boolean.getBoolean("redflag.debug") ? "" : " (run with -Dredflag.debug=true for the stack trace)"));
                if (Boolean.getBoolean("redflag.debug")) {
                    e.printStackTrace(cmd.getErr());
                }
            }
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * Tells bad usage in one line that names the command and points to its help, instead of picocli's message followed
     * by the whole usage, which buries the message under up to fifty lines.
     *
     * @param e the usage error, from picocli's parser or from a command that checks its options
     * @param args the arguments
     * @return 2, the exit code of bad usage
     */
    static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = e.getMessage().replaceFirst("^Error: ", "");
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        cmd.getErr().println(name + ": " + oneLine(message) + " (see " + name + " --help)");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** @return the message on one line: an error is one line on standard error, whatever a library's message holds */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** @return the RedflagException at the root of a failure (Spring wraps them), or the failure itself */
    static Throwable userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedflagException) {
                return t;
            }
        }
        return e;
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RedflagCommand.class.getPackage().getImplementationVersion();
            return new String[] {"redflag " + (v == null ? "(development build)" : v)};
        }
    }
}
