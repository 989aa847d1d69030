package dev.gradlab.server.cli;

/**
 * One option of the command line, {@code --name value} or {@code --name=value}, as every command
 * reads it. Immutable.
 */
final class Option {
    /** The option's name ({@code --port}), or the word itself when it is not an option. */
    final String name;
    /** The value: after {@code =}, else the next word unless that is an option; "" when there is none. */
    final String value;
    /** The index in {@code args} of the last word this option used. */
    final int last;

    private Option(String name, String value, int last) {
        this.name = name;
        this.value = value;
        this.last = last;
    }

    /** The option starting at {@code args[i]}. */
    static Option at(String[] args, int i) {
        String arg = args[i];
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
            return new Option(arg.substring(0, eq), arg.substring(eq + 1), i);
        }
        if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            return new Option(arg, args[i + 1], i + 1);
        }
        return new Option(arg, "", i);
    }

    /** The value; a usage error when it is missing or empty. */
    String required() {
        if (value.isEmpty()) {
            throw new UsageException("option " + name + " needs a value");
        }
        return value;
    }
}
