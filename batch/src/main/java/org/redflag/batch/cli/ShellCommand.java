package org.redflag.batch.cli;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes a command's words as one line a POSIX shell reads back as the same words, such as the model card's command. */
final class ShellCommand {

    /** Characters no POSIX shell gives a meaning to outside quotes. */
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellCommand() {
    }

    /**
     * @param words the command and its arguments, e.g. {@code train}, {@code --classifier}, {@code weka...SGD -F 1}
     * @return them joined by spaces, each one that holds a space, a quote or another character the shell reads in single
     *     quotes ({@code 'weka...SGD -F 1'}), a single quote in it as {@code '\''}, an empty one as {@code ''}
     */
    static String of(List<String> words) {
        return words.stream().map(ShellCommand::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String word) {
        return BARE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
