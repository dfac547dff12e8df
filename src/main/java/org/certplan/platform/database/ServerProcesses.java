package org.certplan.platform.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The MariaDB server processes of this machine that run on one data directory, recognised by their command line
 * ({@code mariadbd ... --datadir=<that directory>}), so that no other process is ever touched.
 */
final class ServerProcesses {

    private final String dataDirArgument;

    ServerProcesses(File dataDir) {
        this.dataDirArgument = "--datadir=" + canonical(dataDir);
    }

    /** The server running on the data directory, if any. */
    Optional<ProcessHandle> running() {
        return ProcessHandle.allProcesses().filter(this::runsOnDataDir).findFirst();
    }

    /** The argument by which a server's command line names the data directory. */
    String dataDirArgument() {
        return dataDirArgument;
    }

    boolean runsOnDataDir(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        boolean server = info.command().map(ServerProcesses::isServerExecutable).orElse(false);
        return server && info.arguments().map(arguments -> Arrays.asList(arguments).contains(dataDirArgument))
                .orElse(false);
    }

    /** The value of a {@code --name=value} argument of the server's command line. */
    static Optional<String> argument(ProcessHandle server, String name) {
        String prefix = "--" + name + "=";
        return server.info().arguments().flatMap(arguments -> Arrays.stream(arguments)
                .filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length()))
                .findFirst());
    }

    private static boolean isServerExecutable(String command) {
        String name = new File(command).getName();
        return name.equals("mariadbd") || name.equals("mysqld");
    }

    private static String canonical(File file) {
        try {
            return file.getCanonicalPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
