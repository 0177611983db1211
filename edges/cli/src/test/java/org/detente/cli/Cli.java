package org.detente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.detente.testing.TestData;

/** Runs the command line in-process and captures what it prints. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** A file of the reference data in testdata/, as a string path. */
    static String data(String relative) {
        return TestData.path(relative).toString();
    }

    /** GENIUS's 10-issue scenario (10^10 outcomes, hyper-rectangle profiles) followed by extra arguments, as arguments. */
    static String[] tenIssues(String command, String... more) {
        String base = "genius/anac/y2014/10issues/";
        String[] args = {command, data(base + "10issues-domain.xml"), data(base + "profile-1.xml"), data(base + "profile-2.xml")};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
